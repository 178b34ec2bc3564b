#!/bin/bash
# gzfs mount / unmount: only when asked (create, set and receive mount nothing), mount(2) as
# zfs makes it (same options in /proc/self/mounts), the listing of zfs mount (text and -j),
# children unmounted with their parent, explicit paths, encrypted datasets (-l, -u). Checked
# with /proc/self/mounts and the real zfs' `mounted`. Bad input: one line, exit 1 or 2,
# nothing mounted or unmounted.
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O mountpoint=none tank
m=/tmp/mnt
mounts() { awk '$3 == "zfs" { print $1, $2 }' /proc/self/mounts | sort | tr '\n' ' '; }
options_of() { awk -v d="$1" '$1 == d { print $4 }' /proc/self/mounts; }
mounted() { $Z get -H -o value mounted "$1"; }
fails() {
    local code=$1 msg=$2 err rc=0
    shift 2
    err=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$code" "$rc" "exit status of: $*" && expect_eq "$msg" "$err" "message of: $*"
}

# gzfs creates and sets without mounting
expect_ok gzfs create -o mountpoint=$m/fs0 tank/fs
expect_ok gzfs create tank/fs/sub
expect_ok gzfs create -o mountpoint=$m/other tank/fs/other
expect_ok gzfs set mountpoint=$m/fs tank/fs
expect_eq "" "$(mounts)" "nothing mounted by create or set"
expect_eq no "$(mounted tank/fs)"

# mount: at the mountpoint property, the directory made as needed
expect_eq "" "$(gzfs mount tank/fs 2>&1)" "mount is silent"
expect_eq "tank/fs $m/fs " "$(mounts)" "mounted at its mountpoint"
expect_eq yes "$(mounted tank/fs)" "zfs sees it mounted"
expect_ok gzfs mount tank/fs/sub
expect_ok gzfs mount tank/fs/other
expect_eq "tank/fs $m/fs tank/fs/other $m/other tank/fs/sub $m/fs/sub " "$(mounts)"
expect_same_output gzfs mount -- $Z mount
expect_eq "$($Z mount -j)" "$(gzfs mount -j)" "mount -j as zfs mount -j"
fails 1 "cannot mount 'tank/fs': filesystem already mounted" gzfs mount tank/fs

# unmount takes the children along, innermost first
expect_eq '["/tmp/mnt/fs/sub","/tmp/mnt/other","/tmp/mnt/fs"]' "$(gzfs unmount -j tank/fs | jq -c .unmounted)" \
    "unmount -j"
expect_eq "" "$(mounts)" "parent and children unmounted"
fails 1 "cannot unmount 'tank/fs': not currently mounted" gzfs unmount tank/fs

# the same mount(2) as zfs, properties and -o: compare what the kernel shows
gzfs set atime=off readonly=on setuid=off devices=off tank/fs
$Z mount -o exec,nosuid,rw tank/fs
want=$(options_of tank/fs)
$Z unmount tank/fs
expect_ok gzfs mount -o exec,nosuid,rw tank/fs
expect_eq "$want" "$(options_of tank/fs)" "mount options as zfs mount makes them"
expect_match "^rw,nosuid,nodev,noatime," "$want" "the options took effect"
gzfs umount tank/fs
gzfs inherit readonly tank/fs
expect_ok gzfs mount tank/fs

# busy: an open directory keeps it mounted, and what was unmounted comes back
expect_ok gzfs mount tank/fs/sub
exec 7<$m/fs/sub
fails 1 "cannot unmount '$m/fs/sub': pool or dataset is busy" gzfs unmount tank/fs/sub
fails 1 "cannot unmount '$m/fs/sub': pool or dataset is busy" gzfs unmount -f tank/fs
exec 7<&-
expect_eq "tank/fs $m/fs tank/fs/sub $m/fs/sub " "$(mounts)" "still mounted"
expect_ok gzfs umount $m/fs/sub
expect_eq "tank/fs $m/fs " "$(mounts)" "unmounted by path"

# an explicit path (gzfs extension), also for legacy and none mountpoints
mkdir -p /tmp/elsewhere
expect_ok gzfs set mountpoint=legacy tank/fs/other
fails 1 "cannot mount 'tank/fs/other': legacy mountpoint; use mount(8), or 'gzfs mount tank/fs/other PATH'" \
    gzfs mount tank/fs/other
expect_ok gzfs mount tank/fs/other /tmp/elsewhere
expect_eq yes "$(mounted tank/fs/other)"
fails 1 "cannot unmount 'tank/fs/other': legacy mountpoint; use umount(8) on its path" gzfs unmount tank/fs/other
expect_ok gzfs umount /tmp/elsewhere
expect_eq "tank/fs $m/fs " "$(mounts)"

# refusals: nothing mounted
expect_ok gzfs set mountpoint=none tank/fs/other
fails 1 "cannot mount 'tank/fs/other': no mountpoint set" gzfs mount tank/fs/other
expect_ok gzfs set mountpoint=$m/other canmount=off tank/fs/other
fails 1 "cannot mount 'tank/fs/other': 'canmount' property is set to 'off'" gzfs mount tank/fs/other
expect_ok gzfs set canmount=on overlay=off tank/fs/other
mkdir -p $m/other && touch $m/other/file
fails 1 "cannot mount 'tank/fs/other': directory '$m/other' is not empty" gzfs mount tank/fs/other
expect_ok gzfs mount -O tank/fs/other
expect_ok gzfs umount tank/fs/other
fails 1 "cannot mount 'tank/fs/other': unknown mount option 'bogus'" gzfs mount -O -o bogus tank/fs/other
fails 1 "cannot open 'tank/nope': dataset does not exist" gzfs mount tank/nope
gzfs snapshot tank/fs@s
fails 1 "cannot open 'tank/fs@s': snapshot delimiter '@' is not expected here" gzfs mount tank/fs@s
fails 2 "too many arguments" gzfs mount tank/fs /tmp/elsewhere extra
fails 2 "-a is not supported: gzfs mounts only the filesystems it is asked to" gzfs mount -a
fails 1 "cannot unmount '/tmp': not a ZFS filesystem" gzfs unmount /tmp
fails 1 "cannot unmount '/tmp/elsewhere': not a mount point" gzfs unmount /tmp/elsewhere
expect_eq "tank/fs $m/fs " "$(mounts)" "refusals mounted nothing"

# encryption: no key, no mount; -l loads it, -u unloads it; a mounted key stays
echo password123 >/tmp/pass
$Z create -u -o encryption=on -o keyformat=passphrase -o pbkdf2iters=100000 \
    -o keylocation=file:///tmp/pass -o mountpoint=$m/enc tank/enc
$Z unload-key tank/enc
fails 1 "cannot mount 'tank/enc': encryption key not loaded" gzfs mount tank/enc
expect_ok gzfs mount -l tank/enc
expect_eq "yes available" "$(mounted tank/enc) $($Z get -H -o value keystatus tank/enc)" "-l"
fails 1 "cannot unload key for 'tank/enc': dataset is busy" gzfs unload-key tank/enc
expect_ok gzfs umount -u tank/enc
expect_eq "no unavailable" "$(mounted tank/enc) $($Z get -H -o value keystatus tank/enc)" "-u"
