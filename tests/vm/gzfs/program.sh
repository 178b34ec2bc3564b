#!/bin/bash
# gzfs program: read-only (-n) and syncing channel programs, their arguments, results printed
# as zfs program prints them (text and -j), Lua errors and the instruction and memory limits.
# Bad input: one line, exit 1 (2 for usage), nothing run.
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O mountpoint=none tank
$Z create tank/fs
$Z create tank/fs/a
$Z create tank/fs/b
$Z snapshot tank/fs@one
p=/tmp/zcp
mkdir -p $p
# Tables with only integer keys come back in order, so the output can be compared with zfs'.
cat >$p/list.lua <<'LUA'
args = ...
argv = args["argv"]
out = {}
for child in zfs.list.children(argv[1]) do
    out[#out + 1] = child
end
out[#out + 1] = zfs.get_prop(argv[1], "type")
out[#out + 1] = #argv
out[#out + 1] = zfs.exists(argv[1] .. "@one")
return out
LUA
cat >$p/snap.lua <<'LUA'
args = ...
return zfs.sync.snapshot(args["argv"][1])
LUA
cat >$p/nested.lua <<'LUA'
return {{1, "x"}, {true}}
LUA
echo 'return' >$p/nothing.lua
echo 'error("boom")' >$p/boom.lua
echo 'this is not lua' >$p/syntax.lua
echo 'while true do end' >$p/loop.lua
cat >$p/hog.lua <<'LUA'
t = {}
for i = 1, 1000000 do t[i] = "some text to fill the heap " .. i end
LUA

fails() {
    local code=$1 msg=$2 err rc=0
    shift 2
    err=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$code" "$rc" "exit status of: $*" && expect_eq "$msg" "$err" "message of: $*"
}
snapshots() { $Z list -H -t snapshot -o name -r tank | sort | tr '\n' ' '; }

# read-only programs print exactly as zfs program does, text and JSON
expect_same_output gzfs program -n tank $p/list.lua tank/fs x y -- $Z program -n tank $p/list.lua tank/fs x y
expect_same_output gzfs program tank $p/nested.lua -- $Z program tank $p/nested.lua
expect_same_output gzfs program -n tank $p/nothing.lua -- $Z program -n tank $p/nothing.lua
expect_eq "$($Z program -j -n tank $p/list.lua tank/fs | jq -c .)" \
    "$(gzfs program -j -n tank $p/list.lua tank/fs)" "-j as zfs program -j"
expect_eq '{}' "$(gzfs program -j tank $p/nothing.lua)" "-j of no result"
expect_eq "$($Z program -n tank - tank/fs <$p/list.lua)" "$(gzfs program -n tank - tank/fs <$p/list.lua)" \
    "the program from stdin"

# a syncing program changes the pool
expect_eq "Channel program fully executed and produced output:
    return: 0" "$(gzfs program tank $p/snap.lua tank/fs@bylua)" "zfs.sync.snapshot returns 0"
expect_ok $Z list tank/fs@bylua
before=$(snapshots)
fails 1 "cannot run channel program on 'tank': [string \"channel program\"]:2: running functions from the zfs.sync submodule requires passing sync=TRUE to lzc_channel_program() (i.e. do not specify the \"-n\" command line argument)" \
    gzfs program -n tank $p/snap.lua tank/fs@ro
expect_eq "$before" "$(snapshots)" "-n changed nothing"

# Lua errors and limits: one line each, exit 1, as zfs exits
fails 1 "cannot run channel program on 'tank': [string \"channel program\"]:1: boom" gzfs program tank $p/boom.lua
fails 1 "cannot run channel program on 'tank': [string \"channel program\"]:1: syntax error near 'is'" \
    gzfs program tank $p/syntax.lua
expect_fail 1 $Z program tank $p/boom.lua
err=$(gzfs program -t 1000 tank $p/loop.lua 2>&1)
expect_match "^cannot run channel program on 'tank': timed out after [0-9]+ Lua instructions$" "$err" "-t limit"
expect_eq "$($Z program -t 1000 tank $p/loop.lua 2>&1 | tail -1)" "${err##*after }" "instructions as zfs counts them"
fails 1 "cannot run channel program on 'tank': memory limit exhausted" gzfs program -m 1000000 tank $p/hog.lua
expect_fail 1 $Z program -m 1000000 tank $p/hog.lua
fails 1 "cannot run channel program on 'tank': invalid instruction or memory limit" \
    gzfs program -t 0 tank $p/nothing.lua
fails 1 "cannot run channel program on 'tank': invalid instruction or memory limit" \
    gzfs program -t 200000000 tank $p/nothing.lua
expect_ok gzfs program -t 0x1000 -m 2000000 tank $p/nothing.lua
expect_match '"errno":"ECHRNG".*"message":"cannot run channel program on .tank.: .*boom"' \
    "$(gzfs program -j tank $p/boom.lua 2>&1)" "JSON error on stderr"

# bad input runs nothing
before=$(snapshots)
fails 2 "invalid argument 'abc': expected integer" gzfs program -t abc tank $p/snap.lua tank/fs@bad
fails 2 "invalid number of arguments" gzfs program tank
fails 1 "cannot open '/tmp/zcp/none.lua': No such file or directory" gzfs program tank $p/none.lua
fails 1 "cannot open 'nopool': no such pool" gzfs program nopool $p/snap.lua nopool/fs@bad
fails 1 "cannot open 'tank/fs': invalid character '/' in pool name" gzfs program tank/fs $p/snap.lua tank/fs@bad
expect_eq "$before" "$(snapshots)" "nothing ran"
