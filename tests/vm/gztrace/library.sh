#!/bin/bash
# Tracing our own library gives back what it sent and got: ioctl_probe (the test driver of
# lib/ioctl) prints each operation's result; gztrace must decode the same nvlists from the
# ioctl buffers. gzfs itself is traced too when its `list` exists.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/common.bash"

probe=$GZFS_BUILD/tests/ioctl/ioctl_probe
[[ -x $probe ]] || skip "no $probe (run scripts/build)"
make_pool tank mirror @ @

trace_json /tmp/stats.json "$probe" pool_stats tank >/tmp/probe.json || die "probe pool_stats failed"
expect_eq "true" "$(jq -r .ok /tmp/probe.json)" "probe pool_stats ok"
# The probe prints uint64s beyond 2^53 as strings, gztrace as numbers (which jq rounds):
# compare both as jq numbers.
as_numbers='walk(if type == "string" and test("^[0-9]{16,}$") then tonumber else . end)'
expect_eq "$(jq -S -c ".result.config | $as_numbers" /tmp/probe.json)" \
    "$(jq -S -c "select(.ioctl == \"POOL_STATS\" and .result == 0) | .dst | $as_numbers" \
        /tmp/stats.json | tail -1)" \
    "POOL_STATS dst decoded by gztrace == config the library unpacked"

trace_json /tmp/snap.json "$probe" snapshot tank@fromprobe >/tmp/probe.json ||
    die "probe snapshot failed"
expect_eq "true" "$(jq -r .ok /tmp/probe.json)" "probe snapshot ok"
expect_eq '{"tank@fromprobe":true}' "$(calls /tmp/snap.json SNAPSHOT | jq -c .src.snaps)" \
    "SNAPSHOT src is what the library sent"
expect_eq "tank" "$(calls /tmp/snap.json SNAPSHOT | jq -r .fields.zc_name)" "pool in zc_name"

if gzfs list -H -o name >/dev/null 2>&1; then
    trace_json /tmp/gzfs.json gzfs list -H -o name >/tmp/gzfs.out
    expect_match "DATASET_LIST_NEXT" "$(ioctls /tmp/gzfs.json | tr '\n' ' ')" "gzfs list walks"
    expect_eq "$(cat /tmp/gzfs.out)" \
        "$( (echo tank; jq -r 'select(.ioctl == "DATASET_LIST_NEXT" and .result == 0)
                             | .changed.zc_name' /tmp/gzfs.json) | sort -u)" \
        "gzfs printed exactly the names the kernel returned"
else
    echo "note: gzfs list not available yet; traced ioctl_probe only"
fi
