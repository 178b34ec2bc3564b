#!/bin/bash
# gzfs send | gzfs receive against the real module: full, incremental, -I, resumed after the
# receiver is killed, each checked by reading the received files through the real zfs
# (mounted read-only) and by guids; the real zfs send/receive on either side; estimates
# against zfs send -nvP; JSON progress; bad input. (-p and -R: send_receive_props.sh.)
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

# Checksums of every file under a directory, relative names.
tree_sum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
# The files of a received filesystem equal those of the source snapshot.
same_files() { # SRC_SNAPSHOT DST_FILESYSTEM
    local snap=${1#*@} got
    $Z mount -o ro "$2" || { vm_test_fail "cannot mount $2"; return; }
    got=$(tree_sum "$($Z get -H -o value mountpoint "$2")")
    $Z umount "$2"
    expect_eq "$(tree_sum "/tank/src/.zfs/snapshot/$snap")" "$got" "files of $2 = $1"
}
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

# Resume: the receiver is killed while the kernel waits for more of the stream.
dd if=/dev/urandom of=/tank/src/big bs=1M count=8 status=none
$Z snapshot tank/src@big
{ gzfs send tank/src@big | { head -c 3000000; sleep 60; } | gzfs receive -s tank/res; } 2>/dev/null &
for _ in $(seq 50); do
    pid=$(pgrep -f 'gzfs receive -s tank/res' | head -1)
    [[ -n $pid ]] && $Z list tank/res >/dev/null 2>&1 && break
    sleep 0.2
done
sleep 1
kill -9 "$pid" 2>/dev/null
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
{ $Z send tank/src@big | head -c 2000000 | $Z receive -s tank/res2; } 2>/dev/null
token2=$($Z get -H -o value receive_resume_token tank/res2)
vm_test_checks=$((vm_test_checks + 1))
gzfs send -t "$token2" | $Z receive -s tank/res2 || vm_test_fail "gzfs send -t | zfs receive -s"
same_files tank/src@big tank/res2
{ gzfs send tank/src@big | head -c 2000000 | gzfs receive -s tank/res3; } 2>/dev/null
expect_match '^1-' "$($Z get -H -o value receive_resume_token tank/res3)"
expect_ok gzfs receive -A tank/res3
expect_fail 1 $Z list tank/res3
# An interrupted incremental leaves tank/dst/%recv, which -A destroys.
{ gzfs send -i @two tank/src@big | head -c 2000000 | gzfs receive -s tank/dst; } 2>/dev/null
expect_ok $Z list tank/dst/%recv
expect_ok gzfs receive -A tank/dst
expect_fail 1 $Z list tank/dst/%recv
expect_eq "tank/dst@two" "$($Z list -H -t snapshot -o name -s createtxg -d1 tank/dst | tail -1)" "-A kept dst"

# JSON progress: lines while the stream flows, then a summary with the exact byte count.
gzfs send -v -j tank/src@big 2>/tmp/p.json | { sleep 3; wc -c; } >/tmp/n
n=$(tr -d ' ' </tmp/n)
expect_eq "$n" "$(tail -1 /tmp/p.json | jq .send.bytes)" "send summary counts every byte"
expect_match '^[1-9]' "$(grep -c '"progress"' /tmp/p.json)" "send printed progress lines"
expect_eq "true" "$(grep '"progress"' /tmp/p.json | head -1 | jq '.progress | (.bytes >= 0) and (.estimate > 0) and (.rate >= 0) and (.snapshot == "tank/src@big")')" \
    "progress line fields"
$Z send tank/src@big | { head -c 1000000; sleep 3; cat; } | gzfs receive -v -j tank/rj >/tmp/r.json
expect_eq "$($Z send tank/src@big | wc -c)" "$(tail -1 /tmp/r.json | jq .receive.bytes)" "receive summary bytes"
expect_match '^[1-9]' "$(grep -c '"progress"' /tmp/r.json)" "receive printed progress lines"
expect_eq "tank/rj@big" "$(tail -1 /tmp/r.json | jq -r '.receive.snapshots[0].snapshot')"
# -n reads the stream and receives nothing.
vm_test_checks=$((vm_test_checks + 1))
gzfs send tank/src@one | gzfs receive -n -v tank/none >/tmp/n.txt || vm_test_fail "receive -n"
expect_eq "would receive full stream of tank/src@one into tank/none@one" "$(cat /tmp/n.txt)"
expect_fail 1 $Z list tank/none

# Bad input: one line, exit 1 (2 for usage), nothing received.
one_line() { # WHAT EXPECTED_RC REGEX CMD...
    local what=$1 rc_want=$2 re=$3 out rc=0
    shift 3
    out=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$rc_want" "$rc" "$what: exit status"
    expect_eq 1 "$(wc -l <<<"$out")" "$what: one line"
    expect_match "$re" "$out" "$what: message"
}
one_line "terminal" 1 "can not be written to a terminal" script -qec "gzfs send tank/src@one" /dev/null
one_line "no snapshot" 1 "^cannot open 'tank/src@nope': dataset does not exist$" gzfs send tank/src@nope
one_line "no source" 1 "^cannot open 'tank/src@nope': dataset does not exist$" gzfs send -i @nope tank/src@two
one_line "bad token" 1 "^cannot resume send: resume token is corrupt" gzfs send -t 1-abc-10-00ff
one_line "usage" 2 "missing snapshot argument" gzfs send
one_line "usage" 2 "missing snapshot argument" gzfs receive
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
