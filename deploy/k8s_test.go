package deploy

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// Prometheus scrapes the pods, through their annotations; a Service carrying
// the same annotations would have every series scraped twice.
func TestK8sScrapeAnnotationsOnPodsOnly(t *testing.T) {
	t.Parallel()
	objs := k8sObjects(t)
	for key, d := range objs {
		var m struct {
			Metadata meta `yaml:"metadata"`
		}
		decodeAs(t, d, &m)
		for a := range m.Metadata.Annotations {
			if strings.HasPrefix(a, "prometheus.io/") {
				t.Errorf("%s carries %s; only the pods are scraped", key, a)
			}
		}
	}
	d, _ := theDeployment(t, objs)
	if d.Spec.Template.Metadata.Annotations["prometheus.io/scrape"] != "true" {
		t.Error("the pods are not annotated for scraping")
	}
}

// An overlay with the ServiceMonitor component renders a ServiceMonitor that
// selects the metrics Service and its named port, and takes the pods' scrape
// annotations away so that an annotation-based job does not scrape them too.
func TestK8sServiceMonitorComponent(t *testing.T) {
	t.Parallel()
	mem := filesys.MakeFsInMemory()
	err := filepath.WalkDir("k8s", func(path string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return mem.WriteFile(filepath.Join("/repo/deploy", path), b)
	})
	if err != nil {
		t.Fatal(err)
	}
	overlay := `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: security
resources:
  - ../repo/deploy/k8s
components:
  - ../repo/deploy/k8s/components/servicemonitor
`
	if err := mem.WriteFile("/overlay/kustomization.yaml", []byte(overlay)); err != nil {
		t.Fatal(err)
	}
	objs := kustomizeBuild(t, mem, "/overlay")

	raw, ok := objs["ServiceMonitor/socbot"]
	if !ok {
		t.Fatal("the component renders no ServiceMonitor socbot")
	}
	var sm struct {
		APIVersion string `yaml:"apiVersion"`
		Metadata   meta   `yaml:"metadata"`
		Spec       struct {
			Selector  selector `yaml:"selector"`
			Endpoints []struct {
				Port string `yaml:"port"`
				Path string `yaml:"path"`
			} `yaml:"endpoints"`
		} `yaml:"spec"`
	}
	decodeAs(t, raw, &sm)
	if sm.APIVersion != "monitoring.coreos.com/v1" || sm.Metadata.Namespace != "security" {
		t.Errorf("ServiceMonitor apiVersion %q namespace %q", sm.APIVersion, sm.Metadata.Namespace)
	}
	var svc struct {
		Metadata meta `yaml:"metadata"`
		Spec     struct {
			Ports []struct {
				Name string `yaml:"name"`
			} `yaml:"ports"`
		} `yaml:"spec"`
	}
	decodeAs(t, objs["Service/socbot-metrics"], &svc)
	if !subset(sm.Spec.Selector.MatchLabels, svc.Metadata.Labels) {
		t.Errorf("ServiceMonitor selector %v does not match the Service labels %v", sm.Spec.Selector.MatchLabels, svc.Metadata.Labels)
	}
	if len(sm.Spec.Endpoints) != 1 || sm.Spec.Endpoints[0].Path != "/metrics" ||
		len(svc.Spec.Ports) != 1 || sm.Spec.Endpoints[0].Port != svc.Spec.Ports[0].Name {
		t.Errorf("ServiceMonitor endpoints %+v, Service ports %+v: want /metrics on the Service's named port", sm.Spec.Endpoints, svc.Spec.Ports)
	}
	d, _ := theDeployment(t, objs)
	for a := range d.Spec.Template.Metadata.Annotations {
		if strings.HasPrefix(a, "prometheus.io/") {
			t.Errorf("with the ServiceMonitor, the pods still carry %s", a)
		}
	}
}
