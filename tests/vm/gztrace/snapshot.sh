#!/bin/bash
# zfs snapshot under gztrace: one SNAPSHOT carrying {"snaps": {"tank@s1": true}}.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/common.bash"

make_pool tank
expect_ok trace_json /tmp/snap.json zfs snapshot tank@s1
expect_ok zfs list tank@s1
expect_eq 1 "$(calls /tmp/snap.json SNAPSHOT | wc -l)" "one SNAPSHOT call"
# zfs opens the dataset (OBJSET_STATS) before it snapshots, and logs history after.
expect_match "OBJSET_STATS .*SNAPSHOT .*LOG_HISTORY" "$(ioctls /tmp/snap.json | tr '\n' ' ')" \
    "ioctls in order"
snap=$(calls /tmp/snap.json SNAPSHOT)
expect_eq "tank" "$(jq -r .fields.zc_name <<<"$snap")" "zc_name is the pool"
expect_eq "true" "$(jq -r '.src.snaps["tank@s1"]' <<<"$snap")" "snaps carries the snapshot name"
expect_eq "0" "$(jq -r .result <<<"$snap")" "it succeeded"
expect_match '^[0-9.]+$' "$(jq -r .duration_us <<<"$snap")" "it was timed"

# A second one fails: EEXIST, and the kernel's per-name error list comes back in dst.
expect_fail 1 trace_json /tmp/again.json zfs snapshot tank@s1
again=$(calls /tmp/again.json SNAPSHOT)
expect_eq "EEXIST" "$(jq -r .error <<<"$again")" "EEXIST named"

# Text form, strace-like.
gztrace -o /tmp/snap.txt -- zfs snapshot tank@s2 || die "traced snapshot failed"
text=$(cat /tmp/snap.txt)
expect_match 'SNAPSHOT\(zc_name="tank"\) = 0 <[0-9.]+s>' "$text" "text header line"
expect_match 'src: \{.*"snaps":\{"tank@s2":true\}' "$text" "text src line"
