#include "trace/seccomp_filter.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

using namespace gzfs::trace;

namespace {

// Runs `probe` in a child with the filter installed and no tracer: SECCOMP_RET_TRACE then
// fails the call with ENOSYS, which tells what the filter decided. Returns the child's code.
template <typename Probe>
int in_filtered_child(Probe probe)
{
    IoctlFilter filter;
    pid_t pid = fork();
    if (pid == 0) {
        if (filter.install() != 0)
            _exit(100);
        _exit(probe());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int errno_of_ioctl(unsigned long request)
{
    int fd = open("/dev/null", O_RDWR);
    char buf[16384] = {};
    int r = ioctl(fd, request, buf);
    return r < 0 ? errno : 0;
}

} // namespace

TEST_CASE("seccomp filter: traps ZFS-numbered ioctls only")
{
    CHECK(in_filtered_child([] { return errno_of_ioctl(0x5a12) == ENOSYS; }) == 1);
    CHECK(in_filtered_child([] { return errno_of_ioctl(0x5a00) == ENOSYS; }) == 1);
    CHECK(in_filtered_child([] { return errno_of_ioctl(0x5aff) == ENOSYS; }) == 1);
}

TEST_CASE("seccomp filter: lets other ioctls and syscalls run")
{
    CHECK(in_filtered_child([] { return errno_of_ioctl(TCGETS) == ENOTTY; }) == 1);
    CHECK(in_filtered_child([] { return errno_of_ioctl(0x5b00) == ENOTTY; }) == 1);
    CHECK(in_filtered_child([] { return errno_of_ioctl(0x59ff) == ENOTTY; }) == 1);
    // The kernel truncates the request to 32 bits, but 0x1_00005a12 is not what any ZFS
    // tool sends: the filter checks the high word and lets it through.
    CHECK(in_filtered_child([] { return errno_of_ioctl(0x100005a12ul) == ENOTTY; }) == 1);
    CHECK(in_filtered_child([] { return getpid() > 0 ? 1 : 0; }) == 1);
}

TEST_CASE("is_zfs_request covers the 0x5a page")
{
    CHECK(is_zfs_request(0x5a00));
    CHECK(is_zfs_request(0x5a81));
    CHECK(!is_zfs_request(0x5b00));
    CHECK(!is_zfs_request(0x59ff));
}
