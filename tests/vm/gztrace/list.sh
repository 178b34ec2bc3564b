#!/bin/bash
# zfs list under gztrace: DATASET_LIST_NEXT / SNAPSHOT_LIST_NEXT walk the tree, each call
# returning the next name in zc_name and moving zc_cookie; ESRCH ends each level.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/common.bash"

make_pool tank
zfs create tank/a || die "zfs create"
zfs snapshot tank/a@s1 || die "zfs snapshot"

untraced=$(zfs list -H -t all -o name)
traced=$(trace_json /tmp/list.json zfs list -H -t all -o name)
expect_eq "$untraced" "$traced" "the traced command's output is untouched"
expect_ok jq -e . /tmp/list.json

names=$(ioctls /tmp/list.json | sort -u | tr '\n' ' ')
expect_match "DATASET_LIST_NEXT" "$names" "datasets listed"
expect_match "SNAPSHOT_LIST_NEXT" "$names" "snapshots listed"
# Each child found comes back in zc_name; the walk of tank's children finds tank/a.
expect_eq "tank/a" \
    "$(jq -r 'select(.ioctl == "DATASET_LIST_NEXT" and .fields.zc_name == "tank" and .result == 0)
              | .changed.zc_name' /tmp/list.json | head -1)" "DATASET_LIST_NEXT tank -> tank/a"
expect_eq "tank/a@s1" \
    "$(jq -r 'select(.ioctl == "SNAPSHOT_LIST_NEXT" and .result == 0) | .changed.zc_name' \
        /tmp/list.json | head -1)" "SNAPSHOT_LIST_NEXT -> tank/a@s1"
expect_match "ESRCH" "$(jq -r 'select(.errno != 0) | .error' /tmp/list.json | sort -u)" \
    "iteration ends in ESRCH"
# The property list of a full `zfs list` is a decoded dst nvlist.
trace_json /tmp/full.json zfs list -H tank/a >/dev/null
expect_match '^[0-9]+$' \
    "$(jq -r 'select(.ioctl == "OBJSET_STATS" and .result == 0) | .dst.used.value' \
        /tmp/full.json | head -1)" "OBJSET_STATS returns properties with values"
# zc_objset_stats arrives decoded (on OBJSET_STATS, which fills it on every version).
expect_eq "true" \
    "$(jq -r 'select(.ioctl == "OBJSET_STATS" and .result == 0)
              | .changed.zc_objset_stats.dds_guid > 0' /tmp/full.json | head -1)" \
    "objset stats decoded"

# Exit status passes through, failures are named.
expect_fail 1 gztrace -j -o /tmp/fail.json -- zfs list -H tank/nosuch
expect_eq "ENOENT" "$(jq -r 'select(.fields.zc_name == "tank/nosuch") | .error' /tmp/fail.json |
    head -1)" "ENOENT for a missing dataset"
