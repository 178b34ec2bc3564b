#!/bin/bash
# gzfs change-key: a key gzfs sets (passphrase through PBKDF2 with a new salt, hex, raw) is
# loaded back by the real zfs, and gzfs loads what the real zfs set; -i and -l. Bad input: one
# line, exit 1 (2 for usage), key and properties untouched.
# (PBKDF2 is slow under TCG: passphrases use the minimum of 100000 iterations.)
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O mountpoint=none tank
k=/tmp/keys
mkdir -p $k
echo "password123" >$k/pass
echo "newpassword9" >$k/pass2
head -c 32 /dev/urandom >$k/raw
head -c 32 /dev/urandom >$k/raw2
od -An -tx1 -v $k/raw | tr -d ' \n' >$k/hex && echo >>$k/hex
$Z create -o encryption=on -o keyformat=passphrase -o pbkdf2iters=100000 \
    -o keylocation=file://$k/pass tank/p
$Z create -o encryption=on -o keyformat=raw -o keylocation=file://$k/raw tank/r
$Z create -o encryption=on -o keyformat=hex -o keylocation=file://$k/hex tank/p/inner
$Z create tank/p/child

prop() { $Z get -H -p -o value "$1" "$2"; }
props() { $Z get -H -p -o value "$1" "$2" | tr '\n' ' ' | sed 's/ $//'; }
fails() {
    local code=$1 msg=$2 err rc=0
    shift 2
    err=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$code" "$rc" "exit status of: $*" && expect_eq "$msg" "$err" "message of: $*"
}

# a new passphrase from a new place: new salt, and the real zfs loads it
salt=$(prop pbkdf2salt tank/p)
expect_eq "" "$(gzfs change-key -o keylocation=prompt -o pbkdf2iters=100001 tank/p <$k/pass2 2>&1)" \
    "change-key is silent"
expect_eq "prompt 100001" "$(props keylocation,pbkdf2iters tank/p)" "new keylocation and iterations"
[[ $(prop pbkdf2salt tank/p) != "$salt" ]] || vm_test_fail "change-key made no new salt"
$Z unload-key tank/p
expect_ok $Z load-key tank/p <$k/pass2

# hex and raw keys the real zfs loads
expect_ok gzfs change-key -o keyformat=hex -o keylocation=file://$k/hex tank/p
expect_eq "hex 0 0" "$(props keyformat,pbkdf2iters,pbkdf2salt tank/p)" "passphrase to hex"
expect_ok gzfs change-key -o keylocation=file://$k/raw2 tank/r
$Z unload-key -r tank
expect_ok $Z load-key -r tank
expect_eq "available available" "$(props keystatus tank/p) $(prop keystatus tank/r)" "zfs loads gzfs's hex and raw keys"

# the real zfs sets a passphrase; gzfs changes it again below, at a terminal
$Z change-key -o keyformat=passphrase -o pbkdf2iters=100000 -o keylocation=file://$k/pass tank/r

# -i, a child becoming an encryption root, -l
expect_ok gzfs change-key -i tank/p/inner
expect_eq tank/p "$(prop encryptionroot tank/p/inner)" "-i inherits the parent's key"
expect_ok gzfs change-key -o keyformat=raw -o keylocation=file://$k/raw tank/p/child
expect_eq "tank/p/child file://$k/raw" "$(props encryptionroot,keylocation tank/p/child)" "a new encryption root"
expect_ok gzfs unload-key tank/p/child
expect_ok gzfs change-key -l -i tank/p/child
expect_eq "tank/p available" "$(props encryptionroot,keystatus tank/p/child)" "-l loaded, then -i"

# a new passphrase typed at a terminal: twice, and both must match
tty=$(dirname "$0")/tty_answer.py
expect_eq "Enter new passphrase for 'tank/r':
Re-enter new passphrase for 'tank/r':
cannot change key for 'tank/r': provided keys do not match" \
    "$($tty newpass123,newpass124 gzfs change-key -o keyformat=passphrase -o pbkdf2iters=100000 -o keylocation=prompt tank/r)" \
    "mismatch refused"
expect_eq "file://$k/pass" "$(prop keylocation tank/r)" "a mismatch changes nothing"
expect_ok $tty typedpass9,typedpass9 gzfs change-key -o keylocation=prompt -o pbkdf2iters=100000 tank/r
$Z unload-key tank/r
expect_ok $Z load-key tank/r <<<typedpass9

# bad input changes nothing
before=$(props pbkdf2salt,keylocation,keyformat tank/r)
fails 1 "cannot change key for 'tank/r': minimum pbkdf2 iterations is 100000" \
    gzfs change-key -o pbkdf2iters=1000 tank/r
fails 1 "cannot change key for 'tank/r': only keyformat, keylocation and pbkdf2iters may be set with this command" \
    gzfs change-key -o compression=on tank/r
fails 1 "cannot change key for 'tank/p': cannot specify pbkdf2iters with a non-passphrase keyformat" \
    gzfs change-key -o pbkdf2iters=200000 tank/p
echo short >$k/short
fails 1 "cannot change key for 'tank/r': passphrase too short (min 8 characters)" \
    gzfs change-key -o keylocation=file://$k/short tank/r
fails 1 "cannot change key for 'tank/p': parent must be encrypted" gzfs change-key -i tank/p
fails 1 "cannot change key for 'tank': dataset is not encrypted" gzfs change-key -o keyformat=hex tank
fails 2 "properties not allowed for inheriting" gzfs change-key -i -o keylocation=prompt tank/r
expect_eq "$before" "$(props pbkdf2salt,keylocation,keyformat tank/r)" "nothing changed"
