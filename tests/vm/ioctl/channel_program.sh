#!/bin/bash
# CHANNEL_PROGRAM: a sync program that snapshots, a read-only one that lists, a Lua error.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

make_pool tank
zfs create tank/fs
mkdir -p /tmp/zcp
cat >/tmp/zcp/snap.lua <<'LUA'
err = zfs.sync.snapshot("tank/fs@bylua")
return err
LUA
cat >/tmp/zcp/list.lua <<'LUA'
names = {}
for s in zfs.list.snapshots("tank/fs") do
    names[#names + 1] = s
end
return names
LUA
echo 'this is not lua' >/tmp/zcp/bad.lua

probe_ok channel_program tank /tmp/zcp/snap.lua
expect_eq 0 "$(pj .return)" "snapshot returned 0"
expect_ok zfs list tank/fs@bylua
probe_ok channel_program tank /tmp/zcp/list.lua nosync
expect_eq "tank/fs@bylua" "$(pj '.return | to_entries[] | .value')" "read-only listing"
probe_err EINVAL channel_program tank /tmp/zcp/bad.lua
expect_match "^cannot run channel program on 'tank': invalid argument: .+" "$(probe_message)"
