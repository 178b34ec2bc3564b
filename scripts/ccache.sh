# Sourced by scripts/build and scripts/test. meson compiles through ccache when it is on PATH at
# configure time; keeping its cache outside the clone (like the module cache) lets a second run
# on a fresh clone, and every git worktree, skip the ~150 compiles (CLI11 alone costs ~7 s each).
if [[ -w /var/cache ]]; then
    export CCACHE_DIR=${CCACHE_DIR:-/var/cache/gzfs/ccache}
fi
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-2G}
