#!/bin/bash
# gzfs list/get against the real zfs on one pool holding filesystems, volumes, snapshots,
# bookmarks, a clone, and local/inherited/received/user properties: text (-H -p and the
# human tables) and -j JSON must be identical.
source "$(dirname "$0")/../lib.sh"
export TZ=UTC

make_pool -O mountpoint=none tank
Z=$REAL_ZFS
$Z create tank/fs
$Z create -o compression=lz4 -o com.example:tag=hello tank/fs/child
$Z create -V 64M tank/vol
$Z create -s -V 32M tank/sparse
$Z snapshot -r tank/fs@s1
$Z snapshot tank/fs@s2
$Z bookmark tank/fs@s1 tank/fs#b1
$Z clone tank/fs@s1 tank/clone
$Z set quota=1G tank/fs
$Z set atime=off tank
# A received property: send a snapshot with a local property and receive it.
$Z set com.example:sent=yes tank/fs/child
$Z snapshot tank/fs/child@r
$Z send -p tank/fs/child@r | $Z receive tank/recv
settle_pool tank
export VM_SAME_RETRIES=2

same() { expect_same_output gzfs "$@" -- "$Z" "$@"; }
# zfs --json-int clamps numbers above INT64_MAX (guids) to INT64_MAX; gzfs prints them exactly.
same_int() {
    local try real ours
    for ((try = 0; try <= VM_SAME_RETRIES; try++)); do
        real=$("$Z" "$@" | jq -c 'del(.datasets[].properties.guid)')
        ours=$(gzfs "$@" | jq -c 'del(.datasets[].properties.guid)')
        [[ $real == "$ours" ]] && break
        sleep 1
    done
    expect_eq "$real" "$ours" "$*"
}

for t in "" "-t all" "-t snapshot" "-t bookmark" "-t volume"; do
    same list $t
    same list -H -p $t
    same list -j $t
    same_int list -j --json-int $t
done
same list -t all -H -p -o name,type,used,refer,creation,ratio,mountpoint,origin,clones
same list -o name,com.example:tag,compression,recordsize,quota
same list -s used -o name,used
same list -S name -o name
same list -d 1
same list -r tank/fs
same list -t snapshot tank/fs
same list tank/fs@s1 tank/fs#b1
same list -t all tank/fs@s1 tank/fs#b1
same list -j -o name,used,com.example:tag
for n in tank tank/fs tank/fs/child tank/vol tank/fs@s1 tank/fs#b1 tank/clone tank/recv; do
    same get all $n
    same get -H -p all $n
    same get -j all $n
    same_int get -j --json-int all $n
done
same get -o name,property,value,received,source all tank/recv
same get compression,com.example:tag,volsize -r tank
same get -s local all
same get -s inherited,default -H mountpoint,atime -r tank
same get -o name,value -H quota tank/fs
same get -d 1 -t filesystem used tank

# Streaming JSON: one object per line, same objects as list -j.
expect_eq "$(gzfs list -j -t all | jq -c '.datasets[]' | sort)" \
    "$(gzfs list --json-lines -t all | sort)" "json-lines objects"
# -o json,props is list -j with those properties.
expect_eq "$($Z list -j -o name,used)" "$(gzfs list -o json,name,used)" "-o json,name,used"

# Bad input: one line, exit codes as zfs.
expect_fail 1 gzfs list tank/nope
expect_eq "cannot open 'tank/nope': dataset does not exist" "$(gzfs list tank/nope 2>&1)"
expect_fail 2 gzfs list -o nosuchprop
expect_fail 2 gzfs list -t nosuchtype
expect_fail 1 gzfs list 'tank/'
expect_match '"errno":"ENOENT"' "$(gzfs list -j tank/nope 2>&1 >/dev/null)"
