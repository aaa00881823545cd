package deploy

// No cluster, Docker engine or registry runs where these tests do, so the
// deployment files are checked as data: every YAML document is parsed, the
// fields an orchestrator needs are present, and the files agree with each
// other and with the code (ports, paths, names, the version variable).

import (
	"bytes"
	"errors"
	"io"
	"maps"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/telemetry"
	"github.com/socbot/socbot/internal/version"
)

// --- reading ---------------------------------------------------------------

// docs decodes every non-empty YAML document of path into a generic map.
func docs(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var out []map[string]any
	for i := 1; ; i++ {
		var m map[string]any
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: document %d: %v", path, i, err)
		}
		if m != nil {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no YAML documents", path)
	}
	return out
}

// decodeAs re-decodes a generic document into a typed struct.
func decodeAs(t *testing.T, doc map[string]any, v any) {
	t.Helper()
	b, err := yaml.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		t.Fatalf("decode %T: %v", v, err)
	}
}

func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

// k8sObjects returns what `kustomize build deploy/k8s` renders, plus the
// Secret of secret.example.yaml (which the operator creates), keyed "Kind/name".
func k8sObjects(t *testing.T) map[string]map[string]any {
	t.Helper()
	objs := kustomizeBuild(t, filesys.MakeFsOnDisk(), "k8s")
	for _, d := range docs(t, filepath.Join("k8s", "secret.example.yaml")) {
		objs[objKey(d)] = d
	}
	return objs
}

// kustomizeBuild runs kustomize, as `kubectl apply -k` does, on dir of fs.
func kustomizeBuild(t *testing.T, fs filesys.FileSystem, dir string) map[string]map[string]any {
	t.Helper()
	rm, err := krusty.MakeKustomizer(krusty.MakeDefaultOptions()).Run(fs, dir)
	if err != nil {
		t.Fatalf("kustomize build %s: %v", dir, err)
	}
	out, err := rm.AsYaml()
	if err != nil {
		t.Fatal(err)
	}
	objs := map[string]map[string]any{}
	dec := yaml.NewDecoder(bytes.NewReader(out))
	for {
		var m map[string]any
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("kustomize build %s output: %v", dir, err)
		}
		if _, dup := objs[objKey(m)]; dup {
			t.Errorf("kustomize build %s: %s twice", dir, objKey(m))
		}
		objs[objKey(m)] = m
	}
	return objs
}

func objKey(d map[string]any) string {
	meta, _ := d["metadata"].(map[string]any)
	return str(d, "kind") + "/" + str(meta, "name")
}

// generated returns the one object of kind whose name is prefix plus
// kustomize's content hash.
func generated(t *testing.T, objs map[string]map[string]any, kind, prefix string) (string, map[string]any) {
	t.Helper()
	for k, v := range objs {
		if name, ok := strings.CutPrefix(k, kind+"/"+prefix+"-"); ok && !strings.Contains(name, "-") {
			return strings.TrimPrefix(k, kind+"/"), v
		}
	}
	t.Fatalf("no generated %s %s-<hash> in %v", kind, prefix, slices.Sorted(maps.Keys(objs)))
	return "", nil
}

// --- typed views of the parts the tests check --------------------------------

type meta struct {
	Name        string            `yaml:"name"`
	Namespace   string            `yaml:"namespace"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
}

type selector struct {
	MatchLabels map[string]string `yaml:"matchLabels"`
}

type probe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
		Port any    `yaml:"port"`
	} `yaml:"httpGet"`
	PeriodSeconds    int `yaml:"periodSeconds"`
	TimeoutSeconds   int `yaml:"timeoutSeconds"`
	FailureThreshold int `yaml:"failureThreshold"`
}

type secCtx struct {
	RunAsNonRoot             *bool  `yaml:"runAsNonRoot"`
	RunAsUser                *int64 `yaml:"runAsUser"`
	ReadOnlyRootFilesystem   *bool  `yaml:"readOnlyRootFilesystem"`
	AllowPrivilegeEscalation *bool  `yaml:"allowPrivilegeEscalation"`
	Privileged               *bool  `yaml:"privileged"`
	Capabilities             *struct {
		Drop []string `yaml:"drop"`
		Add  []string `yaml:"add"`
	} `yaml:"capabilities"`
	SeccompProfile *struct {
		Type string `yaml:"type"`
	} `yaml:"seccompProfile"`
}

type keyRef struct {
	Name     string `yaml:"name"`
	Key      string `yaml:"key"`
	Optional bool   `yaml:"optional"`
}

type container struct {
	Name  string `yaml:"name"`
	Image string `yaml:"image"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	Env []struct {
		Name      string `yaml:"name"`
		Value     string `yaml:"value"`
		ValueFrom *struct {
			SecretKeyRef    *keyRef `yaml:"secretKeyRef"`
			ConfigMapKeyRef *keyRef `yaml:"configMapKeyRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	Resources      struct {
		Requests map[string]string `yaml:"requests"`
		Limits   map[string]string `yaml:"limits"`
	} `yaml:"resources"`
	SecurityContext *secCtx `yaml:"securityContext"`
	VolumeMounts    []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
		ReadOnly  bool   `yaml:"readOnly"`
	} `yaml:"volumeMounts"`
}

type deployment struct {
	Metadata meta `yaml:"metadata"`
	Spec     struct {
		Replicas *int     `yaml:"replicas"`
		Selector selector `yaml:"selector"`
		Template struct {
			Metadata meta `yaml:"metadata"`
			Spec     struct {
				TerminationGracePeriodSeconds *int        `yaml:"terminationGracePeriodSeconds"`
				SecurityContext               *secCtx     `yaml:"securityContext"`
				Containers                    []container `yaml:"containers"`
				Volumes                       []struct {
					Name      string `yaml:"name"`
					ConfigMap *struct {
						Name string `yaml:"name"`
					} `yaml:"configMap"`
					Secret *struct {
						SecretName string `yaml:"secretName"`
					} `yaml:"secret"`
					EmptyDir any `yaml:"emptyDir"`
				} `yaml:"volumes"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

func (c container) env(name string) (string, bool) {
	for _, e := range c.Env {
		if e.Name == name {
			return e.Value, true
		}
	}
	return "", false
}

func theDeployment(t *testing.T, objs map[string]map[string]any) (deployment, container) {
	t.Helper()
	raw, ok := objs["Deployment/socbot"]
	if !ok {
		t.Fatal("no Deployment named socbot under deploy/k8s")
	}
	var d deployment
	decodeAs(t, raw, &d)
	if len(d.Spec.Template.Spec.Containers) != 1 {
		t.Fatalf("Deployment has %d containers, want 1", len(d.Spec.Template.Spec.Containers))
	}
	return d, d.Spec.Template.Spec.Containers[0]
}

// subset reports whether every label of sel is on labels.
func subset(sel, labels map[string]string) bool {
	if len(sel) == 0 {
		return false
	}
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func defaultPort(t *testing.T) string {
	t.Helper()
	_, port, err := net.SplitHostPort(telemetry.DefaultAddr)
	if err != nil {
		t.Fatal(err)
	}
	return port
}

// --- Kubernetes -------------------------------------------------------------

func TestK8sEveryDocumentWellFormed(t *testing.T) {
	t.Parallel()
	objs := k8sObjects(t)
	for key, d := range objs {
		if str(d, "apiVersion") == "" || str(d, "kind") == "" {
			t.Errorf("%s: apiVersion and kind are required", key)
		}
		var m struct {
			Metadata meta `yaml:"metadata"`
		}
		decodeAs(t, d, &m)
		if m.Metadata.Name == "" {
			t.Errorf("%s: metadata.name is required", key)
		}
		if m.Metadata.Namespace != "" {
			t.Errorf("%s: metadata.namespace %q set; the manifests are namespace-agnostic", key, m.Metadata.Namespace)
		}
		if m.Metadata.Labels["app.kubernetes.io/name"] != "socbot" {
			t.Errorf("%s: label app.kubernetes.io/name=socbot missing", key)
		}
	}
	generated(t, objs, "ConfigMap", "socbot-reports")
	for _, want := range []string{"Deployment/socbot", "PodDisruptionBudget/socbot", "Secret/socbot-slack",
		"Service/socbot-metrics"} {
		if _, ok := objs[want]; !ok {
			t.Errorf("deploy/k8s lacks %s", want)
		}
	}
}

func TestK8sKustomizationListsManifests(t *testing.T) {
	t.Parallel()
	var k struct {
		APIVersion         string   `yaml:"apiVersion"`
		Kind               string   `yaml:"kind"`
		Resources          []string `yaml:"resources"`
		ConfigMapGenerator []struct {
			Name  string   `yaml:"name"`
			Files []string `yaml:"files"`
		} `yaml:"configMapGenerator"`
		Images []struct {
			Name    string `yaml:"name"`
			NewTag  string `yaml:"newTag"`
			NewName string `yaml:"newName"`
		} `yaml:"images"`
	}
	decodeAs(t, docs(t, filepath.Join("k8s", "kustomization.yaml"))[0], &k)
	if k.Kind != "Kustomization" || !strings.HasPrefix(k.APIVersion, "kustomize.config.k8s.io/") {
		t.Errorf("kustomization.yaml: apiVersion %q kind %q", k.APIVersion, k.Kind)
	}
	var generatorFiles []string
	for _, g := range k.ConfigMapGenerator {
		generatorFiles = append(generatorFiles, g.Files...)
	}
	if !slices.Equal(generatorFiles, []string{"reports.yaml"}) {
		t.Errorf("configMapGenerator files = %v, want the inventory reports.yaml", generatorFiles)
	}
	files, _ := filepath.Glob(filepath.Join("k8s", "*.yaml"))
	for _, f := range files {
		base := filepath.Base(f)
		listed := slices.Contains(k.Resources, base)
		switch {
		case base == "kustomization.yaml", slices.Contains(generatorFiles, base):
		case strings.HasSuffix(base, ".example.yaml"):
			// Applying placeholders would overwrite real secrets.
			if listed {
				t.Errorf("kustomization.yaml lists %s; examples must not be applied", base)
			}
		case !listed:
			t.Errorf("kustomization.yaml does not list %s", base)
		}
	}
	_, c := theDeployment(t, k8sObjects(t))
	raw, _ := os.ReadFile(filepath.Join("k8s", "deployment.yaml"))
	for _, img := range k.Images {
		if !strings.Contains(string(raw), "image: "+img.Name+":") {
			t.Errorf("kustomization images entry %q matches no container image in deployment.yaml", img.Name)
		}
		if c.Image != img.Name+":"+img.NewTag && img.NewName == "" {
			t.Errorf("rendered image = %q, want %s:%s", c.Image, img.Name, img.NewTag)
		}
		if img.NewTag == "latest" {
			t.Errorf("kustomization sets tag latest for %s", img.Name)
		}
	}
}

func TestK8sDeployment(t *testing.T) {
	t.Parallel()
	objs := k8sObjects(t)
	d, c := theDeployment(t, objs)
	pod := d.Spec.Template.Spec

	if d.Spec.Replicas == nil || *d.Spec.Replicas != 2 {
		t.Errorf("replicas = %v, want 2", d.Spec.Replicas)
	}
	if !subset(d.Spec.Selector.MatchLabels, d.Spec.Template.Metadata.Labels) {
		t.Errorf("selector %v does not match pod labels %v", d.Spec.Selector.MatchLabels, d.Spec.Template.Metadata.Labels)
	}

	// Image: pinned, never :latest or untagged.
	if i := strings.LastIndex(c.Image, ":"); i < 0 || strings.Contains(c.Image[i:], "/") {
		t.Errorf("image %q has no tag", c.Image)
	} else if tag := c.Image[i+1:]; tag == "latest" || tag == "" {
		t.Errorf("image %q uses tag %q", c.Image, tag)
	}

	// Port named http on the same port the binary listens on by default.
	port := defaultPort(t)
	var httpPort bool
	for _, p := range c.Ports {
		if p.Name == "http" && p.ContainerPort > 0 && strconv.Itoa(p.ContainerPort) == port {
			httpPort = true
		}
	}
	if !httpPort {
		t.Errorf("no container port named http on %s: %+v", port, c.Ports)
	}
	if addr, ok := c.env("SOC_HTTP_ADDR"); ok {
		if _, p, err := net.SplitHostPort(addr); err != nil || p != port {
			t.Errorf("SOC_HTTP_ADDR %q does not listen on the http port %s", addr, port)
		}
	}

	// Probes.
	for _, tt := range []struct {
		name string
		p    *probe
		path string
	}{{"readinessProbe", c.ReadinessProbe, "/readyz"}, {"livenessProbe", c.LivenessProbe, "/healthz"}} {
		if tt.p == nil || tt.p.HTTPGet == nil {
			t.Errorf("%s: want an httpGet probe", tt.name)
			continue
		}
		if tt.p.HTTPGet.Path != tt.path {
			t.Errorf("%s path = %q, want %q", tt.name, tt.p.HTTPGet.Path, tt.path)
		}
		if tt.p.HTTPGet.Port != "http" && tt.p.HTTPGet.Port != port {
			t.Errorf("%s port = %v, want http", tt.name, tt.p.HTTPGet.Port)
		}
	}

	// Resources.
	for _, r := range []string{"cpu", "memory"} {
		if c.Resources.Requests[r] == "" || c.Resources.Limits[r] == "" {
			t.Errorf("resources: %s request and limit required, got %q / %q", r, c.Resources.Requests[r], c.Resources.Limits[r])
		}
	}
	// Go's soft heap limit sits under the pod's memory limit, with room for
	// what is not heap (stacks, runtime, the binary).
	if lim, ok := c.env("GOMEMLIMIT"); !ok {
		t.Error("GOMEMLIMIT not set: the garbage collector does not know the pod's memory limit")
	} else if soft, hard := mebibytes(t, strings.TrimSuffix(lim, "B")), mebibytes(t, c.Resources.Limits["memory"]); soft >= hard || soft < hard*3/4 {
		t.Errorf("GOMEMLIMIT %s for a %s limit; want between 3/4 of the limit and the limit", lim, c.Resources.Limits["memory"])
	}

	// Security context: pod and container.
	if s := pod.SecurityContext; s == nil || !isTrue(s.RunAsNonRoot) || s.RunAsUser == nil || *s.RunAsUser != 65532 ||
		s.SeccompProfile == nil || s.SeccompProfile.Type != "RuntimeDefault" {
		t.Errorf("pod securityContext must set runAsNonRoot, runAsUser 65532, seccompProfile RuntimeDefault: %+v", s)
	}
	s := c.SecurityContext
	switch {
	case s == nil:
		t.Error("container securityContext missing")
	default:
		if !isTrue(s.RunAsNonRoot) {
			t.Error("container securityContext: runAsNonRoot must be true")
		}
		if s.RunAsUser == nil || *s.RunAsUser != 65532 {
			t.Errorf("container securityContext: runAsUser = %v, want 65532", s.RunAsUser)
		}
		if !isTrue(s.ReadOnlyRootFilesystem) {
			t.Error("container securityContext: readOnlyRootFilesystem must be true")
		}
		if s.AllowPrivilegeEscalation == nil || *s.AllowPrivilegeEscalation {
			t.Error("container securityContext: allowPrivilegeEscalation must be false")
		}
		if isTrue(s.Privileged) {
			t.Error("container securityContext: privileged")
		}
		if s.Capabilities == nil || !slices.Equal(s.Capabilities.Drop, []string{"ALL"}) || len(s.Capabilities.Add) > 0 {
			t.Errorf("container securityContext: capabilities must drop ALL and add none: %+v", s.Capabilities)
		}
		if s.SeccompProfile == nil || s.SeccompProfile.Type != "RuntimeDefault" {
			t.Error("container securityContext: seccompProfile RuntimeDefault")
		}
	}

	// Graceful stop: the bot drains for up to 10 s by default.
	if g := pod.TerminationGracePeriodSeconds; g == nil || *g <= 10 {
		t.Errorf("terminationGracePeriodSeconds = %v, want more than the 10 s drain", g)
	}

	// Scrape annotations point at the http port.
	a := d.Spec.Template.Metadata.Annotations
	if a["prometheus.io/scrape"] != "true" || a["prometheus.io/path"] != "/metrics" || a["prometheus.io/port"] != port {
		t.Errorf("prometheus annotations = %v", a)
	}

	// Slack tokens come from a Secret, never inline.
	for _, name := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "OPENAI_API_KEY"} {
		found := false
		for _, e := range c.Env {
			if e.Name != name {
				continue
			}
			found = true
			if e.Value != "" || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
				t.Errorf("env %s must come from a secretKeyRef", name)
			}
		}
		if !found {
			t.Errorf("env %s missing", name)
		}
	}
	// The Redis differs per cluster, so its URL comes from the Secret too,
	// and is required: replicas without a shared Redis would answer twice.
	var redisRef *keyRef
	for _, e := range c.Env {
		if e.Name == "REDIS_URL" && e.Value == "" && e.ValueFrom != nil {
			redisRef = e.ValueFrom.SecretKeyRef
		}
	}
	if redisRef == nil || redisRef.Optional {
		t.Error("env REDIS_URL must come from a required secretKeyRef")
	}
}

// Every Secret and ConfigMap the Deployment references exists, with the keys
// it asks for, and the inventory lands where SOC_REPORTS_FILE points.
func TestK8sReferencesResolve(t *testing.T) {
	t.Parallel()
	objs := k8sObjects(t)
	d, c := theDeployment(t, objs)

	keysOf := func(kind, name string) map[string]bool {
		raw, ok := objs[kind+"/"+name]
		if !ok {
			return nil
		}
		keys := map[string]bool{}
		for _, field := range []string{"data", "stringData"} {
			m, _ := raw[field].(map[string]any)
			for k := range m {
				keys[k] = true
			}
		}
		return keys
	}
	for _, e := range c.Env {
		if e.ValueFrom == nil {
			continue
		}
		for kind, ref := range map[string]*keyRef{"Secret": e.ValueFrom.SecretKeyRef, "ConfigMap": e.ValueFrom.ConfigMapKeyRef} {
			if ref == nil {
				continue
			}
			keys := keysOf(kind, ref.Name)
			if keys == nil {
				t.Errorf("env %s: %s %q is not defined under deploy/k8s", e.Name, kind, ref.Name)
			} else if !keys[ref.Key] {
				t.Errorf("env %s: %s %q has no key %q", e.Name, kind, ref.Name, ref.Key)
			}
		}
	}

	volumes := map[string]string{} // volume name -> ConfigMap name
	for _, v := range d.Spec.Template.Spec.Volumes {
		switch {
		case v.ConfigMap != nil:
			if keysOf("ConfigMap", v.ConfigMap.Name) == nil {
				t.Errorf("volume %s: ConfigMap %q is not defined", v.Name, v.ConfigMap.Name)
			}
			volumes[v.Name] = v.ConfigMap.Name
		case v.Secret != nil:
			if keysOf("Secret", v.Secret.SecretName) == nil {
				t.Errorf("volume %s: Secret %q is not defined", v.Name, v.Secret.SecretName)
			}
		}
	}
	reports, _ := c.env("SOC_REPORTS_FILE")
	if reports == "" {
		t.Fatal("SOC_REPORTS_FILE not set")
	}
	var mounted bool
	for _, m := range c.VolumeMounts {
		cm, isCM := volumes[m.Name]
		if !isCM || filepath.Dir(reports) != m.MountPath {
			continue
		}
		mounted = true
		if !m.ReadOnly {
			t.Errorf("inventory mount %s is writable", m.MountPath)
		}
		if !keysOf("ConfigMap", cm)[filepath.Base(reports)] {
			t.Errorf("ConfigMap %s has no key %s, so %s would not exist", cm, filepath.Base(reports), reports)
		}
	}
	if !mounted {
		t.Errorf("no ConfigMap mounted at %s for SOC_REPORTS_FILE=%s", filepath.Dir(reports), reports)
	}

	// The Secret example holds placeholders only.
	raw := objs["Secret/socbot-slack"]
	sd, _ := raw["stringData"].(map[string]any)
	if app, _ := sd["SLACK_APP_TOKEN"].(string); !strings.HasPrefix(app, "xapp-") {
		t.Errorf("Secret SLACK_APP_TOKEN placeholder %q should show the xapp- prefix", app)
	}
	if bot, _ := sd["SLACK_BOT_TOKEN"].(string); !strings.HasPrefix(bot, "xoxb-") {
		t.Errorf("Secret SLACK_BOT_TOKEN placeholder %q should show the xoxb- prefix", bot)
	}
	if u, _ := sd["REDIS_URL"].(string); !strings.HasPrefix(u, "redis://") && !strings.HasPrefix(u, "rediss://") {
		t.Errorf("Secret REDIS_URL = %q, want a redis:// URL", u)
	} else if strings.Contains(u, "@") {
		t.Errorf("Secret REDIS_URL %q carries credentials; REDIS_PASSWORD is the key for them", u)
	}
	for k, v := range sd {
		if s, _ := v.(string); !placeholder(s) && k != "REDIS_URL" {
			t.Errorf("Secret example key %s = %q: want \"\" or a …REPLACE-ME placeholder", k, s)
		}
	}
}

// The inventory shipped in the ConfigMap passes the same validation the bot
// applies at start.
func TestK8sInventoryValid(t *testing.T) {
	t.Parallel()
	_, raw := generated(t, k8sObjects(t), "ConfigMap", "socbot-reports")
	data, _ := raw["data"].(map[string]any)
	text, _ := data["reports.yaml"].(string)
	inv, err := inventory.Parse(strings.NewReader(text), "configmap socbot-reports")
	if err != nil {
		t.Fatalf("inventory in the ConfigMap is invalid: %v", err)
	}
	if len(inv.Entries) == 0 {
		t.Error("inventory in the ConfigMap is empty")
	}
}

func TestK8sPDBAndService(t *testing.T) {
	t.Parallel()
	objs := k8sObjects(t)
	d, _ := theDeployment(t, objs)
	podLabels := d.Spec.Template.Metadata.Labels

	var pdb struct {
		APIVersion string `yaml:"apiVersion"`
		Spec       struct {
			MinAvailable   any      `yaml:"minAvailable"`
			MaxUnavailable any      `yaml:"maxUnavailable"`
			Selector       selector `yaml:"selector"`
		} `yaml:"spec"`
	}
	decodeAs(t, objs["PodDisruptionBudget/socbot"], &pdb)
	if pdb.APIVersion != "policy/v1" {
		t.Errorf("PDB apiVersion = %q, want policy/v1", pdb.APIVersion)
	}
	if pdb.Spec.MinAvailable != 1 {
		t.Errorf("PDB minAvailable = %v, want 1", pdb.Spec.MinAvailable)
	}
	if !subset(pdb.Spec.Selector.MatchLabels, podLabels) {
		t.Errorf("PDB selector %v matches no Deployment pod (labels %v)", pdb.Spec.Selector.MatchLabels, podLabels)
	}

	var svc struct {
		Spec struct {
			Type     string            `yaml:"type"`
			Selector map[string]string `yaml:"selector"`
			Ports    []struct {
				Name       string `yaml:"name"`
				Port       int    `yaml:"port"`
				TargetPort any    `yaml:"targetPort"`
			} `yaml:"ports"`
		} `yaml:"spec"`
	}
	decodeAs(t, objs["Service/socbot-metrics"], &svc)
	if svc.Spec.Type != "ClusterIP" && svc.Spec.Type != "" {
		t.Errorf("metrics Service type = %q, want ClusterIP (internal only)", svc.Spec.Type)
	}
	if !subset(svc.Spec.Selector, podLabels) {
		t.Errorf("Service selector %v matches no Deployment pod", svc.Spec.Selector)
	}
	if len(svc.Spec.Ports) != 1 || svc.Spec.Ports[0].TargetPort != "http" {
		t.Errorf("Service ports = %+v, want one port targeting http", svc.Spec.Ports)
	}
}

// --- docker compose: see compose_test.go -------------------------------------

func TestEnvExample(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]string{}
	line := regexp.MustCompile(`^[A-Z][A-Z0-9_]*=\S*$`)
	for i, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !line.MatchString(l) {
			t.Errorf(".env.example line %d is not KEY=value: %q", i+1, l)
			continue
		}
		k, v, _ := strings.Cut(l, "=")
		set[k] = v
		if !placeholder(v) {
			t.Errorf(".env.example %s = %q: want a …REPLACE-ME placeholder", k, v)
		}
	}
	if !strings.HasPrefix(set["SLACK_APP_TOKEN"], "xapp-") || !strings.HasPrefix(set["SLACK_BOT_TOKEN"], "xoxb-") {
		t.Errorf(".env.example must set SLACK_APP_TOKEN=xapp-… and SLACK_BOT_TOKEN=xoxb-… placeholders, got %v", set)
	}
	if len(set) != 2 {
		t.Errorf(".env.example sets %v; optional variables belong in comments", set)
	}
	for _, opt := range []string{"SOC_LOG_FORMAT", "SOC_LOG_LEVEL", "SOC_WATCH_CHANNELS", "OPENAI_API_KEY"} {
		if !strings.Contains(string(b), "# "+opt+"=") {
			t.Errorf(".env.example does not mention optional %s", opt)
		}
	}
}

// --- Dockerfile ---------------------------------------------------------------

// instructions returns the Dockerfile's instructions with continuation lines
// joined and comments dropped.
func instructions(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var cur strings.Builder
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "#") || (l == "" && cur.Len() == 0) {
			continue
		}
		if more, ok := strings.CutSuffix(l, `\`); ok {
			cur.WriteString(more + " ")
			continue
		}
		cur.WriteString(l)
		out = append(out, strings.Join(strings.Fields(cur.String()), " "))
		cur.Reset()
	}
	return out
}

func TestDockerfile(t *testing.T) {
	t.Parallel()
	ins := instructions(t)
	var froms []string
	var lastStage []string // instructions after the last FROM
	for _, in := range ins {
		if strings.HasPrefix(in, "FROM ") {
			froms = append(froms, in)
			lastStage = nil
			continue
		}
		lastStage = append(lastStage, in)
	}
	all := strings.Join(ins, "\n")

	if len(froms) < 2 {
		t.Fatalf("want a multi-stage build, got FROM lines %q", froms)
	}
	if !regexp.MustCompile(`^FROM (--platform=\S+ )?golang:\$\{GO_VERSION\} AS build$`).MatchString(froms[0]) ||
		!strings.Contains(all, "ARG GO_VERSION=1.26") {
		t.Errorf("builder stage = %q, want golang:1.26 (via GO_VERSION) AS build", froms[0])
	}
	if final := froms[len(froms)-1]; final != "FROM gcr.io/distroless/static-debian12:nonroot" {
		t.Errorf("runtime stage = %q, want distroless static nonroot", final)
	}
	for _, f := range froms {
		if strings.HasSuffix(f, ":latest") {
			t.Errorf("%q uses :latest", f)
		}
	}

	var build string
	for _, in := range ins {
		if strings.HasPrefix(in, "RUN ") && strings.Contains(in, "go build") {
			build = in
		}
	}
	// The -X target must name the real variable, or the stamp is silently lost.
	_ = version.Version
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "-ldflags",
		"-X github.com/socbot/socbot/internal/version.Version=${v}", "./cmd/socbot", "git", "describe --tags --always --dirty", "${VERSION:-"} {
		if !strings.Contains(build, want) {
			t.Errorf("go build step lacks %q:\n%s", want, build)
		}
	}
	if !slices.Contains(ins, `ARG VERSION=""`) {
		t.Error(`want ARG VERSION="" (empty: stamp git describe)`)
	}

	final := strings.Join(lastStage, "\n")
	if !slices.Contains(lastStage, "COPY --from=build /out/socbot /socbot") {
		t.Errorf("runtime stage does not copy the binary to /socbot:\n%s", final)
	}
	if !slices.Contains(lastStage, "USER 65532:65532") && !slices.Contains(lastStage, "USER nonroot:nonroot") {
		t.Errorf("runtime stage runs as root:\n%s", final)
	}
	if !slices.Contains(lastStage, `ENTRYPOINT ["/socbot", "run"]`) {
		t.Errorf(`runtime stage ENTRYPOINT is not ["/socbot", "run"]:`+"\n%s", final)
	}
	if !slices.Contains(lastStage, "EXPOSE "+defaultPort(t)) {
		t.Errorf("runtime stage does not EXPOSE %s", defaultPort(t))
	}
}

// The BuildKit ignore file keeps local secrets out of the build context but
// keeps .git, which the version stamp needs.
func TestDockerignore(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("Dockerfile.dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if !slices.Contains(lines, "**/.env") {
		t.Error("Dockerfile.dockerignore must exclude **/.env")
	}
	for _, l := range lines {
		if strings.Contains(l, ".git") && !strings.HasPrefix(l, "#") {
			t.Errorf("Dockerfile.dockerignore excludes %q; git describe needs .git", l)
		}
	}
	gi, err := os.ReadFile(".gitignore")
	if err != nil || !slices.Contains(strings.Split(string(gi), "\n"), ".env") {
		t.Errorf("deploy/.gitignore must ignore .env (the compose secrets): %v", err)
	}
}

// placeholder reports whether an example value is clearly not a credential.
func placeholder(s string) bool { return s == "" || strings.HasSuffix(s, "REPLACE-ME") }

func isTrue(b *bool) bool { return b != nil && *b }

// mebibytes reads a Kubernetes quantity in Mi or Gi ("256Mi").
func mebibytes(t *testing.T, q string) int {
	t.Helper()
	mult := 1
	switch {
	case strings.HasSuffix(q, "Gi"):
		mult, q = 1024, strings.TrimSuffix(q, "Gi")
	case strings.HasSuffix(q, "Mi"):
		q = strings.TrimSuffix(q, "Mi")
	default:
		t.Fatalf("quantity %q: want Mi or Gi", q)
	}
	n, err := strconv.Atoi(q)
	if err != nil {
		t.Fatalf("quantity %q: %v", q, err)
	}
	return n * mult
}
