# Helpers for VM tests (source it: `source "$(dirname "$0")/../lib.sh"`).
# A test is an executable script tests/vm/<area>/<name>.sh run as root inside the VM by
# tests/vm/run-all, from the repository root, with the real module loaded and an empty /tmp.
# Expectations record a failure and go on, so one run shows every mismatch; the test's exit
# status is 1 if any failed. Call `skip REASON` to skip (exit 77), `die MSG` to stop.
#
#   expect_eq EXPECTED ACTUAL [WHAT]        string equality
#   expect_match REGEX ACTUAL [WHAT]        extended regex match
#   expect_ok CMD...                        CMD exits 0
#   expect_fail [CODE] CMD...               CMD exits non-zero (exactly CODE if given)
#   expect_same_output OURS... -- REAL...   same stdout and exit status (e.g. gzfs vs zfs)
#   make_pool [-o P=V|-O P=V]... NAME [LAYOUT...]
#                                           zpool create on fresh file vdevs in /tmp/vdevs/;
#                                           each "@" in LAYOUT is a new 256M sparse file (default "@")
#   zfs_module_version                      e.g. 2.3.2 (from /sys/module/zfs/version)
#   require_zfs VERSION                     skip unless the module is at least VERSION
#
# Our binaries come from $GZFS_BUILD (default build/): gzfs, gzpool and gztrace are on PATH
# before the real tools, which stay reachable as /usr/sbin/zfs and /usr/sbin/zpool.

vm_test_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GZFS_BUILD=${GZFS_BUILD:-$vm_test_repo/build}
for _d in gzfs gzpool gztrace; do
    [[ -d $GZFS_BUILD/cmd/$_d ]] && PATH=$GZFS_BUILD/cmd/$_d:$PATH
done
unset _d
export PATH GZFS_BUILD
REAL_ZFS=/usr/sbin/zfs
REAL_ZPOOL=/usr/sbin/zpool

vm_test_failures=0
vm_test_checks=0
trap 'vm_test_finish' EXIT

vm_test_finish() {
    local rc=$?
    if ((vm_test_failures > 0)); then
        echo "$vm_test_failures of $vm_test_checks expectations failed"
        exit 1
    fi
    exit "$rc"
}

# Where the test called into this file, for the failure message: the first caller outside it.
vm_test_where() {
    local i
    for ((i = 1; i < ${#BASH_SOURCE[@]}; i++)); do
        if [[ ${BASH_SOURCE[i]} != "${BASH_SOURCE[0]}" ]]; then
            echo "${BASH_SOURCE[i]#"$vm_test_repo"/}:${BASH_LINENO[i - 1]}"
            return
        fi
    done
}

vm_test_fail() {
    vm_test_failures=$((vm_test_failures + 1))
    echo "FAILED at $(vm_test_where): $*"
}

die() {
    echo "ABORT at $(vm_test_where): $*"
    vm_test_failures=$((vm_test_failures + 1))
    exit 1
}

skip() {
    echo "skipped: $*"
    trap - EXIT
    exit 77
}

expect_eq() {
    vm_test_checks=$((vm_test_checks + 1))
    [[ $1 == "$2" ]] && return 0
    vm_test_fail "${3:-values differ}"
    echo "  expected: $1"
    echo "  actual:   $2"
    return 1
}

expect_match() {
    vm_test_checks=$((vm_test_checks + 1))
    [[ $2 =~ $1 ]] && return 0
    vm_test_fail "${3:-no match}: /$1/"
    echo "  actual: $2"
    return 1
}

# Runs CMD, keeping its combined output for the failure message.
vm_test_run() {
    vm_test_out=$("$@" 2>&1)
}

vm_test_show_output() {
    [[ -n $vm_test_out ]] && sed 's/^/  | /' <<<"$vm_test_out"
    return 0
}

expect_ok() {
    vm_test_checks=$((vm_test_checks + 1))
    local rc=0
    vm_test_run "$@" || rc=$?
    ((rc == 0)) && return 0
    vm_test_fail "exit $rc from: $*"
    vm_test_show_output
    return 1
}

expect_fail() {
    vm_test_checks=$((vm_test_checks + 1))
    local want=
    if [[ $1 =~ ^[0-9]+$ ]]; then
        want=$1
        shift
    fi
    local rc=0
    vm_test_run "$@" || rc=$?
    if ((rc != 0)) && [[ -z $want || $rc == "$want" ]]; then
        return 0
    fi
    vm_test_fail "exit $rc (wanted ${want:-non-zero}) from: $*"
    vm_test_show_output
    return 1
}

expect_same_output() {
    vm_test_checks=$((vm_test_checks + 1))
    local ours=() real=()
    while (($#)) && [[ $1 != -- ]]; do
        ours+=("$1")
        shift
    done
    shift
    real=("$@")
    local out_ours out_real rc_ours=0 rc_real=0
    out_ours=$("${ours[@]}" 2>/dev/null) || rc_ours=$?
    out_real=$("${real[@]}" 2>/dev/null) || rc_real=$?
    if [[ $out_ours == "$out_real" && $rc_ours == "$rc_real" ]]; then
        return 0
    fi
    # Space figures can move between the two runs while the pool finishes background work
    # (async frees, zvol minors): with VM_SAME_RETRIES=N, run both again up to N times.
    local try
    for ((try = 0; try < ${VM_SAME_RETRIES:-0}; try++)); do
        sleep 1
        rc_ours=0 rc_real=0
        out_real=$("${real[@]}" 2>/dev/null) || rc_real=$?
        out_ours=$("${ours[@]}" 2>/dev/null) || rc_ours=$?
        [[ $out_ours == "$out_real" && $rc_ours == "$rc_real" ]] && return 0
    done
    vm_test_fail "output differs: ${ours[*]} (exit $rc_ours) vs ${real[*]} (exit $rc_real)"
    diff -u --label "${ours[*]}" --label "${real[*]}" <(echo "$out_ours") <(echo "$out_real") |
        sed 's/^/  /'
    return 1
}

make_pool() {
    local opts=()
    while [[ ${1:-} == -[oO] ]]; do
        opts+=("$1" "$2")
        shift 2
    done
    local name=${1:?make_pool NAME [LAYOUT...]}
    shift
    local layout=("$@") spec=() i=0 word
    ((${#layout[@]})) || layout=(@)
    mkdir -p /tmp/vdevs
    for word in "${layout[@]}"; do
        if [[ $word == @ ]]; then
            i=$((i + 1))
            word=/tmp/vdevs/$name-$i
            truncate -s 256M "$word"
        fi
        spec+=("$word")
    done
    "$REAL_ZPOOL" create -f "${opts[@]}" "$name" "${spec[@]}" ||
        die "zpool create ${opts[*]} $name ${spec[*]} failed"
}

# settle_pool POOL: sync until the space figures of every dataset stop changing, so that a
# comparison of two listings does not race the pool's background work.
settle_pool() {
    local pool=${1:?settle_pool POOL} before="" now i
    for ((i = 0; i < 20; i++)); do
        "$REAL_ZPOOL" sync "$pool"
        now=$("$REAL_ZFS" list -Hp -t all -o name,used,avail,refer -r "$pool")
        [[ $now == "$before" ]] && return 0
        before=$now
        sleep 1
    done
}

zfs_module_version() {
    # e.g. "2.3.2-2~bpo12+2" (Debian) or "2.1.11-1": keep the upstream part.
    sed -E 's/-.*//' /sys/module/zfs/version
}

# require_zfs 2.2: skip the test on older modules.
require_zfs() {
    local have
    have=$(zfs_module_version)
    [[ $(printf '%s\n%s\n' "$1" "$have" | sort -V | head -1) == "$1" ]] ||
        skip "needs zfs >= $1, module is $have"
}
