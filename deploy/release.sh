#!/usr/bin/env bash
# Release build: the socbot binaries with checksums, and the container image
# with OCI labels. Run from anywhere in a clean checkout of a release tag.
#
#   deploy/release.sh --check                 # what CI runs: build everything, publish nothing
#   deploy/release.sh v1.2.3                  # dist/: archives + SHA256SUMS; local image socbot:v1.2.3
#   IMAGE=registry.example.com/security/socbot deploy/release.sh --publish v1.2.3
#                                             # the same, and a multi-platform image pushed as IMAGE:v1.2.3
#
# VERSION defaults to `git describe --tags --always --dirty`; a release is a
# vX.Y.Z tag and is never published from a dirty tree. Images are tagged with
# the version only: there is no moving "latest" to deploy by accident.
# Environment: IMAGE (default socbot), SOURCE (the repository URL in the
# org.opencontainers.image.source label), PLATFORMS (image platforms, default
# linux/amd64,linux/arm64), DIST (output directory, default dist).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=local
case "${1:-}" in
--check) mode=check; shift ;;
--publish) mode=publish; shift ;;
-h|--help) sed -n '2,16p' "$0"; exit 0 ;;
esac

version="${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}"
revision="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
created="$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)"
image="${IMAGE:-socbot}"
source="${SOURCE:-https://github.com/socbot/socbot}"
platforms="${PLATFORMS:-linux/amd64,linux/arm64}"
targets=(linux/amd64 linux/arm64 darwin/amd64 darwin/arm64)

if [ "$mode" = publish ]; then
	if ! [[ "$version" =~ ^v[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
		echo "release: $version is not a vX.Y.Z version; publish only a tag" >&2; exit 2
	fi
	if [ -n "$(git status --porcelain)" ]; then
		echo "release: the tree has local changes; publish only a clean tag" >&2; exit 2
	fi
fi

dist="${DIST:-dist}"
[ "$mode" = check ] && dist="$(mktemp -d)" && trap 'rm -rf "$dist"' EXIT
mkdir -p "$dist"
ldflags="-s -w -X github.com/socbot/socbot/internal/version.Version=${version}"

echo "== binaries ${version} (${revision})"
for t in "${targets[@]}"; do
	os="${t%/*}" arch="${t#*/}"
	name="socbot_${version}_${os}_${arch}"
	mkdir -p "$dist/$name"
	CGO_ENABLED=0 GOOS="$os" GOARCH="$arch" go build -trimpath -buildvcs=false \
		-ldflags "$ldflags" -o "$dist/$name/socbot" ./cmd/socbot
	cp LICENSE README.md CHANGELOG.md "$dist/$name/"
	tar -C "$dist" -czf "$dist/$name.tar.gz" "$name"
	rm -rf "${dist:?}/$name"
	echo "$dist/$name.tar.gz"
done
(cd "$dist" && sha256sum -- *.tar.gz > SHA256SUMS)

# The binary for this machine must report the version it was stamped with.
host="socbot_${version}_$(go env GOOS)_$(go env GOARCH)"
if [ -f "$dist/$host.tar.gz" ]; then
	tmp="$(mktemp -d)"
	tar -C "$tmp" -xzf "$dist/$host.tar.gz"
	got="$("$tmp/$host/socbot" version)"
	rm -rf "$tmp"
	case "$got" in
	*"$version"*) echo "$host: $got" ;;
	*) echo "release: $host reports \"$got\", want $version" >&2; exit 1 ;;
	esac
fi
(cd "$dist" && sha256sum --quiet -c SHA256SUMS)

echo "== image ${image}:${version}"
build=(docker buildx build -f deploy/Dockerfile
	--build-arg "VERSION=${version}" --build-arg "REVISION=${revision}"
	--build-arg "SOURCE=${source}" --build-arg "CREATED=${created}"
	-t "${image}:${version}")
case "$mode" in
check)
	# No Docker engine in CI: the labels are checked by go test ./deploy.
	echo "would run: ${build[*]} --platform ${platforms} ."
	;;
local)
	if ! command -v docker >/dev/null; then
		echo "no docker: binaries only; the image command would be:"
		echo "  ${build[*]} --load ."
		exit 0
	fi
	"${build[@]}" --load .
	;;
publish)
	"${build[@]}" --platform "$platforms" --push .
	;;
esac
