#!/bin/bash
# Resumable receives against the real module: a receive killed mid-stream leaves a token that
# gzfs send -t continues (contents checked through the real zfs), tokens of the real zfs,
# receive -A. JSON progress: send_receive_progress.sh.
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
echo more >/tank/src/dir/second
snap two

guid() { $Z get -H -p -o value guid "$1"; }

# Resume: the receiver is killed while the kernel waits for more of the stream.
dd if=/dev/urandom of=/tank/src/big bs=1M count=4 status=none
snap big
# The sender's pipe stalls after 3 MB (a sleep we end afterwards), so the receiver waits in
# the kernel when it is killed.
{ gzfs send tank/src@big | { head -c 1500000; exec sleep 61; } | gzfs receive -s tank/res; } 2>/dev/null &
for _ in $(seq 100); do
    pid=$(pgrep -f 'gzfs receive -s tank/res' | head -1)
    stall=$(pgrep -fx 'sleep 61' | head -1)
    [[ -n $pid && -n $stall ]] && break
    sleep 0.1
done
sleep 0.5
kill -9 "$pid" 2>/dev/null
kill "$stall" 2>/dev/null
wait 2>/dev/null
token=$($Z get -H -o value receive_resume_token tank/res)
expect_match '^1-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+$' "$token" "killed receive left a resume token"
expect_same_output bash -c "gzfs send -nvP -t $token | grep -E '^(full|size)'" -- \
    bash -c "$Z send -nvP -t $token | grep -E '^(full|size)'"
vm_test_checks=$((vm_test_checks + 1))
gzfs send -t "$token" | gzfs receive -s tank/res || vm_test_fail "resumed send | receive"
expect_eq "-" "$($Z get -H -o value receive_resume_token tank/res)" "no token once complete"
expect_eq "$(guid tank/src@big)" "$(guid tank/res@big)" "resumed: same guid"
same_files tank/src@big tank/res
# A token that the real zfs left, resumed by gzfs send into the real receive; and -A.
{ $Z send tank/src@big | head -c 1000000 | $Z receive -u -s tank/res2; } 2>/dev/null
token2=$($Z get -H -o value receive_resume_token tank/res2)
vm_test_checks=$((vm_test_checks + 1))
gzfs send -t "$token2" | $Z receive -u -s tank/res2 || vm_test_fail "gzfs send -t | zfs receive -s"
same_files tank/src@big tank/res2
{ gzfs send tank/src@big | head -c 1000000 | gzfs receive -s tank/res3; } 2>/dev/null
expect_match '^1-' "$($Z get -H -o value receive_resume_token tank/res3)"
expect_ok gzfs receive -A tank/res3
expect_fail 1 $Z list tank/res3
# An interrupted incremental leaves tank/dst/%recv, which -A destroys.
$Z send tank/src@two | $Z receive -u tank/dst
{ gzfs send -i @two tank/src@big | head -c 1000000 | gzfs receive -s tank/dst; } 2>/dev/null
expect_ok $Z list tank/dst/%recv
expect_ok gzfs receive -A tank/dst
expect_fail 1 $Z list tank/dst/%recv
expect_eq "tank/dst@two" "$($Z list -H -t snapshot -o name -s createtxg -d1 tank/dst | tail -1)" "-A kept dst"

