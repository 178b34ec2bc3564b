#!/bin/bash
# SEND_NEW piped into RECV_NEW (full and incremental), SEND_SPACE against zfs send -nP.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

make_pool tank
zfs create tank/src
dd if=/dev/urandom of=/tank/src/blob bs=64k count=16 status=none
zfs snapshot tank/src@one
dd if=/dev/urandom of=/tank/src/blob2 bs=64k count=4 status=none
zfs snapshot tank/src@two

probe_ok send_space tank/src@one
expect_eq "$(zfs send -nP tank/src@one | awk '$1 == "size" {print $2}')" "$(pj .space)" "full estimate"
probe_ok send_space tank/src@two tank/src@one
expect_eq "$(zfs send -nP -i @one tank/src@two | awk '$1 == "size" {print $2}')" "$(pj .space)" \
    "incremental estimate"

# Our send into our receive, then an incremental.
vm_test_checks=$((vm_test_checks + 1))
"$PROBE" send tank/src@one 2>/dev/null | "$PROBE" recv tank/dst@one >/tmp/recv.json 2>&1 ||
    vm_test_fail "send | recv: $(cat /tmp/recv.json)"
expect_match '"ok":true' "$(cat /tmp/recv.json)"
expect_ok zfs list tank/dst@one
zfs mount tank/dst 2>/dev/null
expect_ok cmp /tank/src/blob /tank/dst/blob
zfs umount tank/dst
# Mounting and reading changed tank/dst (atime), so the incremental needs force (-F).
"$PROBE" send tank/src@two tank/src@one 2>/dev/null | "$PROBE" recv tank/dst@two >/tmp/recv2.json 2>&1
expect_match '"errno_name":"ETXTBSY"' "$(cat /tmp/recv2.json)" "modified destination refused"
"$PROBE" send tank/src@two tank/src@one 2>/dev/null |
    "$PROBE" recv tank/dst@two force >/tmp/recv2.json 2>&1
expect_match '"ok":true' "$(cat /tmp/recv2.json)" "incremental receive"
expect_eq "tank/dst@one tank/dst@two" "$(zfs list -H -t snapshot -o name -d1 tank/dst | paste -sd' ')"
zfs mount tank/dst 2>/dev/null
expect_ok cmp /tank/src/blob2 /tank/dst/blob2

# Cross-check with the real tools both ways.
"$PROBE" send tank/src@one 2>/dev/null | zfs receive tank/real
expect_ok zfs list tank/real@one
zfs send tank/src@one | "$PROBE" recv tank/ours@one >/dev/null 2>&1
expect_ok zfs list tank/ours@one
expect_eq "$(zfs get -Hp -o value referenced tank/src@one)" \
    "$(zfs get -Hp -o value referenced tank/ours@one)" "same referenced size"
