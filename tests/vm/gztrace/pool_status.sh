#!/bin/bash
# zpool status under gztrace: POOL_STATS returns the pool config with its vdev_tree.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/common.bash"

make_pool tank mirror @ @
traced=$(trace_json /tmp/status.json zpool status tank)
expect_match "mirror-0" "$traced" "zpool status output untouched"
stats=$(calls /tmp/status.json POOL_STATS | head -1)
expect_eq "tank" "$(jq -r .fields.zc_name <<<"$stats")" "POOL_STATS of tank"
expect_eq "tank" "$(jq -r .dst.name <<<"$stats")" "config name"
expect_eq "root" "$(jq -r .dst.vdev_tree.type <<<"$stats")" "vdev_tree root"
expect_eq "mirror" "$(jq -r '.dst.vdev_tree.children[0].type' <<<"$stats")" "vdev_tree mirror"
expect_eq "/tmp/vdevs/tank-1" "$(jq -r '.dst.vdev_tree.children[0].children[0].path' <<<"$stats")" \
    "leaf path"

# -c: a summary table instead of calls.
gztrace -c -o /tmp/summary.txt -- zpool status tank >/dev/null || die "zpool status -c failed"
expect_match "POOL_STATS +[1-9]" "$(cat /tmp/summary.txt)" "summary counts POOL_STATS"
expect_match "total" "$(cat /tmp/summary.txt)" "summary total"

# -e: only the named ioctls.
gztrace -j -e pool_stats -o /tmp/only.json -- zpool status tank >/dev/null
expect_eq "POOL_STATS" "$(ioctls /tmp/only.json | sort -u)" "-e POOL_STATS"
