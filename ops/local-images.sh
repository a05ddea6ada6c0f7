#!/usr/bin/env bash
# The base image every Dockerfile of src/main/docker starts from, debian:bookworm-slim. Where a registry can be
# reached, docker pulls it as usual and this script does nothing. Where none can (the build machines), it makes the
# image from Debian's packages: debootstrap --variant=minbase from the mirror apt uses, then docker import (about two
# minutes, once: an image that exists is kept).
#
#   ops/local-images.sh              # DEBIAN_MIRROR=http://deb.debian.org/debian by default
set -euo pipefail

IMAGE=${BASE_IMAGE:-debian:bookworm-slim}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "$IMAGE is there"
  exit 0
fi
if timeout 30 docker pull -q "$IMAGE" >/dev/null 2>&1; then
  echo "$IMAGE pulled"
  exit 0
fi

echo "No registry answers for $IMAGE; making it from $MIRROR with debootstrap"
command -v debootstrap >/dev/null || { apt-get install -y -q debootstrap || { apt-get update -q && apt-get install -y -q debootstrap; }; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase bookworm "$root" "$MIRROR" >/dev/null
# as slim as Debian's own slim image: no apt lists, no documentation, no caches
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/usr/share/doc/* "$root"/usr/share/man/*
cat > "$root"/etc/apt/apt.conf.d/docker-clean <<'CONF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
APT::Install-Recommends "false";
CONF
tar -C "$root" -c . | docker import --change 'CMD ["bash"]' - "$IMAGE" >/dev/null
echo "$IMAGE made from Debian's packages"
