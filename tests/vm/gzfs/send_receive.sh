#!/bin/bash
# gzfs send | gzfs receive against the real module: full, incremental and -I, each checked by
# reading the received files through the real zfs (mounted read-only) and by guids; the real
# zfs send/receive on either side; estimates against zfs send -nvP; bad input. Resume,
# progress and -A: send_receive_resume.sh; -p and -R: send_receive_props.sh.
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O atime=off tank
# Checksums of every file under a directory, relative names.
tree_sum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
# The files of a received filesystem equal those of the source snapshot.
same_files() { # SRC_SNAPSHOT DST_FILESYSTEM
    local snap=${1#*@} got
    $Z mount -o ro "$2" || { vm_test_fail "cannot mount $2"; return; }
    got=$(tree_sum "$($Z get -H -o value mountpoint "$2")")
    $Z umount "$2"
    expect_eq "$(cat "/tmp/sum.$snap")" "$got" "files of $2 = $1"
}
# Snapshots with the checksums of their files, taken from the live filesystem: reading
# .zfs/snapshot would automount, and that helper hangs on the 2.1 module in the VM.
snap() { $Z snapshot "tank/src@$1" && tree_sum /tank/src >"/tmp/sum.$1"; }
$Z create tank/src
mkdir -p /tank/src/dir
dd if=/dev/urandom of=/tank/src/blob bs=64k count=16 status=none
echo hello >/tank/src/dir/small
snap one
dd if=/dev/urandom of=/tank/src/blob bs=64k count=2 seek=3 conv=notrunc status=none
echo more >/tank/src/dir/second
rm /tank/src/dir/small
snap two
dd if=/dev/urandom of=/tank/src/third bs=64k count=4 status=none
snap three

guid() { $Z get -H -p -o value guid "$1"; }

# Full, then incremental, our send into our receive.
vm_test_checks=$((vm_test_checks + 1))
gzfs send tank/src@one | gzfs receive tank/dst || vm_test_fail "full send | receive"
expect_eq "$(guid tank/src@one)" "$(guid tank/dst@one)" "full: same snapshot guid"
same_files tank/src@one tank/dst
vm_test_checks=$((vm_test_checks + 1))
gzfs send -i @one tank/src@two | gzfs recv tank/dst || vm_test_fail "incremental"
expect_eq "$(guid tank/src@two)" "$(guid tank/dst@two)" "incremental: same guid"
same_files tank/src@two tank/dst
# -I: every snapshot between, in one package.
vm_test_checks=$((vm_test_checks + 1))
gzfs send tank/src@one | gzfs recv tank/all && gzfs send -I @one tank/src@three | gzfs recv -v tank/all >/tmp/all.txt ||
    vm_test_fail "send -I | receive"
expect_eq "tank/all@one tank/all@two tank/all@three" \
    "$($Z list -H -t snapshot -o name -s createtxg -d1 tank/all | paste -sd' ')" "-I brought every snapshot"
expect_match "receiving incremental stream of tank/src@two into tank/all@two" "$(cat /tmp/all.txt)"
expect_match "received [0-9.]+[KMB]+ stream in [0-9]+ seconds" "$(cat /tmp/all.txt)"
same_files tank/src@three tank/all

# The real zfs on the other side, both ways, full, incremental and -I.
vm_test_checks=$((vm_test_checks + 1))
gzfs send tank/src@one | $Z receive -u tank/r1 && gzfs send -i tank/src@one tank/src@two | $Z receive -u tank/r1 &&
    gzfs send -I @two tank/src@three | $Z receive -u tank/r1 || vm_test_fail "gzfs send | zfs receive"
expect_eq "$(guid tank/src@three)" "$(guid tank/r1@three)" "zfs received our -I"
same_files tank/src@three tank/r1
vm_test_checks=$((vm_test_checks + 1))
$Z send tank/src@one | gzfs receive tank/r2 && $Z send -i @one tank/src@two | gzfs receive tank/r2 &&
    $Z send -I @two tank/src@three | gzfs receive tank/r2 || vm_test_fail "zfs send | gzfs receive"
expect_eq "$(guid tank/src@three)" "$(guid tank/r2@three)" "we received zfs' -I"
same_files tank/src@three tank/r2
