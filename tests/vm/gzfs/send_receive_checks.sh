#!/bin/bash
# gzfs send's streams are byte for byte those of zfs send (plain, -c -e -L, -I packages); its
# estimates print as zfs send -nv/-nvP; bad input gives one line and exit 1 (2 for usage)
# and receives nothing.
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O atime=off tank
$Z create tank/src
mkdir -p /tank/src/dir
dd if=/dev/urandom of=/tank/src/blob bs=64k count=16 status=none
echo hello >/tank/src/dir/small
$Z snapshot tank/src@one
dd if=/dev/urandom of=/tank/src/blob bs=64k count=2 seek=3 conv=notrunc status=none
echo more >/tank/src/dir/second
rm /tank/src/dir/small
$Z snapshot tank/src@two
dd if=/dev/urandom of=/tank/src/third bs=64k count=4 status=none
$Z snapshot tank/src@three

guid() { $Z get -H -p -o value guid "$1"; }

# The streams are the kernel's: byte for byte those of zfs send.
expect_eq "$($Z send tank/src@two | sha256sum)" "$(gzfs send tank/src@two | sha256sum)" "same full stream"
expect_eq "$($Z send -i @one tank/src@two | sha256sum)" "$(gzfs send -i @one tank/src@two | sha256sum)" \
    "same incremental stream"
expect_eq "$($Z send -c -e -L tank/src@two | sha256sum)" "$(gzfs send -c -e -L tank/src@two | sha256sum)" \
    "same -c -e -L stream"
expect_eq "$($Z send -I @one tank/src@three | sha256sum)" "$(gzfs send -I @one tank/src@three | sha256sum)" \
    "same -I package"

# Estimates: zfs send -nvP / -nv print the same.
expect_same_output gzfs send -nvP tank/src@one -- $Z send -nvP tank/src@one
expect_same_output gzfs send -nvP -i @one tank/src@three -- $Z send -nvP -i @one tank/src@three
expect_same_output gzfs send -nv -I @one tank/src@three -- $Z send -nv -I @one tank/src@three
expect_same_output gzfs send -nv tank/src@two -- $Z send -nv tank/src@two
expect_eq "$($Z send -nvP tank/src@two | awk '$1 == "size" {print $2}')" \
    "$(gzfs send -n -j tank/src@two | jq .send.estimate)" "JSON estimate"

# Bad input: one line, exit 1 (2 for usage), nothing received.
one_line() { # WHAT EXPECTED_RC REGEX CMD...
    local what=$1 rc_want=$2 re=$3 out rc=0
    shift 3
    out=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$rc_want" "$rc" "$what: exit status"
    expect_eq 1 "$(wc -l <<<"$out")" "$what: one line"
    expect_match "$re" "$out" "$what: message"
}
# A terminal for stdout: script(1) gives gzfs a pty and copies what it prints.
rc=0
out=$(script -qec "gzfs send tank/src@one" /dev/null) || rc=$?
expect_eq 1 "$rc" "terminal: exit status"
expect_match "^Error: Stream can not be written to a terminal; you must redirect standard output.\s*$" "$out"
one_line "no snapshot" 1 "^cannot open 'tank/src@nope': dataset does not exist$" gzfs send tank/src@nope
one_line "no source" 1 "^cannot open 'tank/src@nope': dataset does not exist$" gzfs send -i @nope tank/src@two
one_line "bad token" 1 "^cannot resume send: resume token is corrupt" gzfs send -t 1-abc-10-00ff
one_line "usage" 2 "missing snapshot argument" gzfs send
one_line "usage" 2 "missing snapshot argument" gzfs receive
$Z send tank/src@two | $Z receive -u tank/dst
one_line "exists" 1 "^cannot receive new filesystem stream: destination 'tank/dst' exists, must specify -F" \
    bash -c "gzfs send tank/src@one | gzfs receive tank/dst"
expect_eq "tank/dst@two" "$($Z list -H -t snapshot -o name -s createtxg -d1 tank/dst | tail -1)" "dst unchanged"
one_line "no destination" 1 "^cannot receive incremental stream: destination 'tank/nope' does not exist$" \
    bash -c "gzfs send -i @one tank/src@two | gzfs receive tank/nope"
one_line "garbage" 1 "^cannot receive: invalid stream \(bad magic number\)$" \
    bash -c "head -c 4096 /dev/urandom | gzfs receive tank/g"
one_line "empty" 1 "^cannot receive: failed to read from stream$" bash -c "gzfs receive tank/g </dev/null"
one_line "nothing to abort" 1 "^'tank/dst' does not have any resumable receive state to abort$" gzfs receive -A tank/dst
expect_fail 1 $Z list tank/g
expect_match '"message":"cannot open .tank/src@nope.: dataset does not exist"' \
    "$(gzfs send -j tank/src@nope 2>&1 >/dev/null)" "JSON error on stderr"
