#!/bin/bash
# send -p and -R packages against the real module: properties arrive as received values,
# -R brings descendants and every snapshot; the real zfs receives ours and we receive its.
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O mountpoint=none tank
$Z create -o compression=lz4 -o com.example:tag=blue tank/src
$Z create -o recordsize=16K tank/src/kid
$Z snapshot -r tank/src@a
$Z set com.example:tag=green tank/src
$Z snapshot -r tank/src@b
guid() { $Z get -H -p -o value guid "$1"; }
prop() { $Z get -H -o value,source "$1" "$2" | tr '\t' ' '; }
snaps() { $Z list -H -t snapshot -o name -r "$1" | LC_ALL=C sort | paste -sd' '; }

# -p: one filesystem with its properties, as received values.
vm_test_checks=$((vm_test_checks + 1))
gzfs send -p tank/src@a | $Z receive -u tank/p1 || vm_test_fail "gzfs send -p | zfs receive"
expect_eq "lz4 received" "$(prop compression tank/p1)"
expect_eq "green received" "$(prop com.example:tag tank/p1)" "-p sends the current values"
vm_test_checks=$((vm_test_checks + 1))
$Z send -p tank/src@a | gzfs receive tank/p2 || vm_test_fail "zfs send -p | gzfs receive"
expect_eq "lz4 received" "$(prop compression tank/p2)"
expect_eq "green received" "$(prop com.example:tag tank/p2)"
# -p -i: a changed value arrives with the incremental.
$Z set com.example:tag=red tank/src
vm_test_checks=$((vm_test_checks + 1))
gzfs send -p -i @a tank/src@b | gzfs receive tank/p2 || vm_test_fail "send -p -i | receive"
expect_eq "red received" "$(prop com.example:tag tank/p2)"
$Z set com.example:tag=green tank/src

# -o and -x on receive.
vm_test_checks=$((vm_test_checks + 1))
gzfs send -p tank/src@a | gzfs receive -o compression=gzip -x com.example:tag tank/p3 ||
    vm_test_fail "receive -o -x"
expect_eq "gzip local" "$(prop compression tank/p3)"
expect_eq "- -" "$(prop com.example:tag tank/p3)"

# -R: the tree, every snapshot, the properties; both ways with the real zfs.
vm_test_checks=$((vm_test_checks + 1))
gzfs send -R tank/src@b | gzfs receive tank/r1 || vm_test_fail "gzfs send -R | gzfs receive"
expect_eq "tank/r1/kid@a tank/r1/kid@b tank/r1@a tank/r1@b" "$(snaps tank/r1)"
expect_eq "$(guid tank/src/kid@b)" "$(guid tank/r1/kid@b)"
expect_eq "16K received" "$(prop recordsize tank/r1/kid)"
vm_test_checks=$((vm_test_checks + 1))
gzfs send -R tank/src@a | $Z receive -u tank/r2 || vm_test_fail "gzfs send -R | zfs receive"
expect_eq "tank/r2/kid@a tank/r2@a" "$(snaps tank/r2)"
vm_test_checks=$((vm_test_checks + 1))
gzfs send -R -i @a tank/src@b | $Z receive -u tank/r2 || vm_test_fail "gzfs send -R -i | zfs receive"
expect_eq "tank/r2/kid@a tank/r2/kid@b tank/r2@a tank/r2@b" "$(snaps tank/r2)"
expect_eq "green received" "$(prop com.example:tag tank/r2)"
vm_test_checks=$((vm_test_checks + 1))
$Z send -R tank/src@b | gzfs receive tank/r3 || vm_test_fail "zfs send -R | gzfs receive"
expect_eq "tank/r3/kid@a tank/r3/kid@b tank/r3@a tank/r3@b" "$(snaps tank/r3)"
expect_eq "$(guid tank/src/kid@a)" "$(guid tank/r3/kid@a)"
expect_eq "16K received" "$(prop recordsize tank/r3/kid)"
# Estimates of a package, as zfs prints them.
expect_same_output gzfs send -nvP -R tank/src@b -- $Z send -nvP -R tank/src@b
# A snapshot name cannot take a -R package.
expect_fail 1 bash -c "gzfs send -R tank/src@b | gzfs receive tank/r4@b"
