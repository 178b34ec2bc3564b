#!/bin/bash
# gzfs load-key / unload-key against datasets the real zfs encrypted (passphrase, hex, raw;
# keylocation file:// and prompt), keystatus read by the real zfs; -n, -L, -r, -a; wrong keys
# and bad input: one line, exit 1 (2 for usage), no key touched. change-key: change_key.sh.
# (PBKDF2 is slow under TCG: passphrases use the minimum of 100000 iterations.)
source "$(dirname "$0")/../lib.sh"

Z=$REAL_ZFS
make_pool -O mountpoint=none tank
k=/tmp/keys
mkdir -p $k
echo "password123" >$k/pass
echo "wrongpass99" >$k/wrong
head -c 32 /dev/urandom >$k/raw
od -An -tx1 -v $k/raw | tr -d ' \n' >$k/hex && echo >>$k/hex
iters="-o pbkdf2iters=100000"
$Z create -o encryption=on -o keyformat=passphrase $iters -o keylocation=file://$k/pass tank/p
$Z create -o encryption=on -o keyformat=hex -o keylocation=file://$k/hex tank/h
$Z create -o encryption=on -o keyformat=raw -o keylocation=prompt tank/r <$k/raw
$Z create tank/p/child
$Z create -o encryption=on -o keyformat=hex -o keylocation=file://$k/hex tank/p/inner

# "h:available p:unavailable ..." for every dataset, from one zfs get
statuses() {
    $Z get -H -o name,value -r keystatus tank | awk '$2 != "-" { sub("^tank/", "", $1); printf "%s:%s ", $1, $2 }'
}
# fails CODE MESSAGE CMD...: CMD exits CODE and says exactly MESSAGE on stderr.
fails() {
    local code=$1 msg=$2 err rc=0
    shift 2
    err=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$code" "$rc" "exit status of: $*" && expect_eq "$msg" "$err" "message of: $*"
}

# unload all, then load from a file (passphrase, hex) and from stdin (raw, keylocation=prompt)
expect_eq "4 / 4 key(s) successfully unloaded" "$(gzfs unload-key -r tank)" "unload -r"
expect_eq "h:unavailable p:unavailable p/child:unavailable p/inner:unavailable r:unavailable " \
    "$(statuses)" "all unloaded"
expect_eq "" "$(gzfs load-key tank/p 2>&1)" "load-key is silent"
expect_ok gzfs load-key tank/h
expect_ok gzfs load-key tank/r <$k/raw
expect_eq "h:available p:available p/child:available p/inner:unavailable r:available " \
    "$(statuses)" "loaded from files and stdin; the nested root stays locked"

# -L for one load, wrong keys, -n
expect_ok gzfs unload-key tank/p
fails 1 "cannot load key for 'tank/p': incorrect key provided" gzfs load-key -L file://$k/wrong tank/p
expect_eq "1 / 1 key(s) successfully verified" "$(gzfs load-key -n tank/p)" "-n verifies"
expect_eq "p:unavailable p/child:unavailable" "$(statuses | grep -o 'p:[a-z]* p/child:[a-z]*')" \
    "neither a wrong key nor -n loads"
expect_ok gzfs load-key -L prompt tank/p <$k/pass
expect_eq "file://$k/pass available" "$($Z get -H -o value keylocation,keystatus tank/p | tr '\n' ' ' | sed 's/ $//')" \
    "-L prompt loaded and left keylocation alone"
fails 1 "cannot load key for 'tank/p': key already loaded" gzfs load-key tank/p

# bad key material and locations load nothing
echo zz >$k/short
fails 1 "cannot load key for 'tank/p/inner': hex key too short (expected 64 digits)" \
    gzfs load-key -L file://$k/short tank/p/inner
printf 'zz%.0s' {1..32} >$k/badhex
fails 1 "cannot load key for 'tank/p/inner': invalid hex character in key" \
    gzfs load-key -L file://$k/badhex tank/p/inner
fails 1 "cannot load key for 'tank/p/inner': cannot open key file '$k/none': No such file or directory" \
    gzfs load-key -L file://$k/none tank/p/inner
fails 1 "cannot load key for 'tank/p/inner': keylocation 'https://example.com/k' is not supported: gzfs reads keys only from 'prompt' and 'file://' locations" \
    gzfs load-key -L https://example.com/k tank/p/inner

# not encryption roots, not encrypted, not there; usage
fails 1 "cannot load key for 'tank/p/child': keys must be loaded for its encryption root 'tank/p'" \
    gzfs load-key tank/p/child
fails 1 "cannot unload key for 'tank/p/child': keys must be unloaded for its encryption root 'tank/p'" \
    gzfs unload-key tank/p/child
fails 1 "cannot unload key for 'tank': dataset is not encrypted" gzfs unload-key tank
fails 2 "missing dataset argument or -a option" gzfs load-key
fails 2 "cannot specify dataset with -a option" gzfs unload-key -a tank
fails 2 "alternate keylocation may only be 'prompt' with -r or -a" gzfs load-key -r -L file://$k/pass tank
expect_match '"errno":"EINVAL".*"message":"cannot unload key for .tank.: dataset is not encrypted"' \
    "$(gzfs unload-key -j tank 2>&1)" "JSON error on stderr"
expect_eq "h:available p:available p/child:available p/inner:unavailable r:available " \
    "$(statuses)" "bad input touched no key"

# -r and -a try only encryption roots not yet in the wanted state
expect_eq "0 / 0 key(s) successfully verified" "$(gzfs load-key -r -n tank/p/child)" "as zfs: -r -n skips"
expect_eq "1 / 1 key(s) successfully loaded" "$(gzfs load-key -r tank/p)" "load -r: the nested root"
expect_ok gzfs unload-key tank/h tank/r
expect_eq '{"noop":false,"attempted":2,"loaded":2,"datasets":["tank/h","tank/r"]}' \
    "$(gzfs load-key -j -a <$k/raw | jq -c '.keys | .datasets |= sort')" "load -a -j"
expect_eq "h:available p:available p/child:available p/inner:available r:available " \
    "$(statuses)" "all loaded again"

# at a terminal: echo off, three attempts, raw keys refused (tty_answer.py types the answers)
tty=$(dirname "$0")/tty_answer.py
expect_ok gzfs unload-key tank/p/inner
expect_eq "Enter hex key for 'tank/p/inner':
cannot load key for 'tank/p/inner': incorrect key provided
Enter hex key for 'tank/p/inner':" "$($tty "$(tr 0-9a-f a-f0-9 <$k/hex)",$(cat $k/hex) gzfs load-key -L prompt tank/p/inner)" \
    "a second attempt"
expect_eq "p/inner:available" "$(statuses | grep -o 'p/inner:[a-z]*')" "loaded at the second attempt"
expect_ok gzfs unload-key tank/r
out=$($tty x gzfs load-key tank/r) && vm_test_fail "a raw key typed at a terminal was accepted"
expect_eq "cannot load key for 'tank/r': cannot enter raw keys on the terminal" "$out" "raw keys at a terminal"
