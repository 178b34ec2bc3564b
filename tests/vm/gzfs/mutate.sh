#!/bin/bash
# Each mutating gzfs command, with its effect checked by the real zfs; bad input changes
# nothing.
source "$(dirname "$0")/../lib.sh"
export TZ=UTC

make_pool -O mountpoint=none tank
Z=$REAL_ZFS
val() { "$Z" get -H -o value "$1" "$2"; }
src() { "$Z" get -H -o source "$1" "$2"; }
exists() { "$Z" list -t all "$1" >/dev/null 2>&1; }

# create
expect_ok gzfs create tank/a
expect_eq filesystem "$(val type tank/a)"
expect_ok gzfs create -o compression=zstd -o com.example:x=1 -o recordsize=16K tank/a/b
expect_eq zstd "$(val compression tank/a/b)"
expect_eq 16K "$(val recordsize tank/a/b)"
expect_eq 1 "$(val com.example:x tank/a/b)"
expect_fail 1 gzfs create tank/x/y/z
expect_ok gzfs create -p tank/x/y/z
expect_ok exists tank/x/y
expect_ok gzfs create -V 16M tank/v
expect_eq "$($Z get -H -p -o value refreservation tank/v)" \
    "$($Z create -V 16M tank/v2 && $Z get -H -p -o value refreservation tank/v2)" "volume refreservation"
expect_ok gzfs create -s -V 16M -b 16K tank/sv
expect_eq none "$(val refreservation tank/sv)"
expect_fail 1 gzfs create -o compression=bogus tank/bad
expect_fail 1 exists tank/bad
expect_fail 1 gzfs create -o nosuch=1 tank/bad
expect_fail 1 gzfs create 'tank/bad$'
expect_fail 1 exists tank/bad
expect_fail 1 gzfs create -V 1000 tank/badvol

# set / inherit
expect_ok gzfs set atime=off com.example:y=2 tank/a
expect_eq off "$(val atime tank/a)"
expect_eq "inherited from tank/a" "$(src atime tank/a/b)"
expect_fail 1 gzfs set atime=maybe tank/a
expect_fail 1 gzfs set used=1 tank/a
expect_fail 1 gzfs set quota=abc tank/a
expect_fail 2 gzfs set atime tank/a
expect_ok gzfs set quota=1G tank/a
expect_eq 1G "$(val quota tank/a)"
expect_ok gzfs inherit atime tank/a
expect_eq default "$(src atime tank/a)"
expect_ok gzfs set compression=lz4 tank/a
expect_ok gzfs inherit -r compression tank/a
expect_eq default "$(src compression tank/a/b)"
expect_fail 1 gzfs inherit quota tank/a

# snapshot (atomic), hold/holds/release, bookmark
expect_ok gzfs snapshot -r tank/a@s1
expect_ok exists tank/a/b@s1
expect_ok gzfs snapshot tank/a@s2 tank/x@s2
expect_ok exists tank/x@s2
expect_fail 1 gzfs snapshot tank/a@s3 tank/nope@s3
expect_fail 1 exists tank/a@s3
expect_ok gzfs hold -r keep tank/a@s1
expect_eq 1 "$(val userrefs tank/a/b@s1)"
expect_same_output gzfs holds -H -r tank/a@s1 -- "$Z" holds -H -r tank/a@s1
expect_same_output gzfs holds tank/a@s1 -- "$Z" holds tank/a@s1
expect_fail 1 gzfs destroy tank/a@s1
expect_ok gzfs release -r keep tank/a@s1
expect_eq 0 "$(val userrefs tank/a@s1)"
expect_ok gzfs bookmark tank/a@s1 tank/a#m1
expect_ok exists tank/a#m1
expect_ok gzfs bookmark -r tank/a@s1 '#rm'
expect_ok exists tank/a#rm
expect_ok exists tank/a/b#rm

# clone, promote, rename
expect_ok gzfs clone tank/a@s1 tank/c
expect_eq tank/a@s1 "$(val origin tank/c)"
expect_ok gzfs promote tank/c
expect_eq - "$(val origin tank/c)"
expect_eq tank/c@s1 "$(val origin tank/a)"
expect_ok gzfs promote tank/a
expect_ok gzfs rename tank/c tank/c2
expect_ok exists tank/c2
expect_ok gzfs rename -p tank/c2 tank/new/parent/c3
expect_ok exists tank/new/parent/c3
expect_ok gzfs rename -r tank/a@s2 @s2r
expect_ok exists tank/a@s2r
expect_fail 1 gzfs rename tank/x other/x

# rollback
expect_ok gzfs snapshot tank/x@s3
expect_fail 1 gzfs rollback tank/x@s2
expect_ok exists tank/x@s3
expect_ok gzfs rollback -r tank/x@s2
expect_fail 1 exists tank/x@s3

# destroy: -n -v names exactly what zfs would, and touches nothing
$Z snapshot -r tank/x@d1
$Z snapshot -r tank/x@d2
$Z snapshot -r tank/x@d3
expect_same_output gzfs destroy -nv tank/x@d1%d2 -- "$Z" destroy -nv tank/x@d1%d2
expect_same_output gzfs destroy -rnv tank/x@d1,d3 -- "$Z" destroy -rnv tank/x@d1,d3
expect_same_output gzfs destroy -rnvp tank/x -- "$Z" destroy -rnvp tank/x
expect_same_output gzfs destroy -rnv tank/x -- "$Z" destroy -rnv tank/x
expect_ok exists tank/x@d1
expect_fail 1 gzfs destroy tank/x
expect_ok exists tank/x
expect_ok gzfs destroy tank/x@d1%d2
expect_fail 1 exists tank/x@d2
expect_ok exists tank/x@d3
expect_ok gzfs destroy tank/a#m1
expect_fail 1 exists tank/a#m1
expect_ok gzfs destroy -r tank/x
expect_fail 1 exists tank/x
expect_ok exists tank/a
expect_fail 1 gzfs destroy tank/nope
expect_fail 2 gzfs destroy
