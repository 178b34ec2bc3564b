// A stand-in for a ZFS tool on a machine without ZFS: issues ZFS-numbered ioctls on /dev/null
// (tests tell the tracer to take /dev/null for /dev/zfs) and other ioctls, so that the tracer
// can be tested on the host. The kernel answers ENOTTY; the zfs_cmd_t is left unchanged.
//
//   ioctl_dummy calls [EXIT]  OBJSET_STATS(zc_name="tank/fs", zc_cookie=7, src {"a": 1}),
//                             then TCGETS on the same fd; exits with EXIT (default 0)
//   ioctl_dummy fork          a child makes one call named "child", then the parent "parent"
//   ioctl_dummy thread        a second thread makes one call named "thread"
//   ioctl_dummy loop N        N calls named "loop", 20 ms apart (for attaching)
//   ioctl_dummy many N        N calls as fast as possible (for measuring the tracer)

#include "ioctl/module_version.h"
#include "ioctl/zfs_cmd.h"
#include "test_helpers.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

// In the sanitize build this runs as the tracer's tracee, and LeakSanitizer cannot work under
// ptrace: at exit it dies with "fatal error" and exit status 134 instead of the status the
// tests check. Leaks of this stand-in are of no interest; ASan's other checks stay on.
extern "C" int __lsan_is_turned_off()
{
    return 1;
}

namespace {

void zfs_call(int fd, const char* name, uint64_t cookie)
{
    gzfs::ZfsCmd zc(gzfs::layout_for(gzfs::Version{2, 3, 0}));
    zc.set_name(name);
    zc.set_cookie(cookie);
    zc.set(gzfs::Field::NvlistSrc, reinterpret_cast<uintptr_t>(gzfs::trace::testing::kNvlistA1.data()));
    zc.set(gzfs::Field::NvlistSrcSize, gzfs::trace::testing::kNvlistA1.size());
    ioctl(fd, 0x5a12, zc.data()); // OBJSET_STATS
}

} // namespace

int main(int argc, char** argv)
{
    std::string mode = argc > 1 ? argv[1] : "calls";
    int fd = open("/dev/null", O_RDWR);
    if (mode == "calls") {
        zfs_call(fd, "tank/fs", 7);
        termios t;
        ioctl(fd, TCGETS, &t);
        return argc > 2 ? atoi(argv[2]) : 0;
    }
    if (mode == "fork") {
        pid_t pid = fork();
        if (pid == 0) {
            zfs_call(fd, "child", 1);
            _exit(0);
        }
        int status;
        waitpid(pid, &status, 0);
        zfs_call(fd, "parent", 2);
        return 0;
    }
    if (mode == "thread") {
        std::thread worker([fd] { zfs_call(fd, "thread", 3); });
        worker.join();
        return 0;
    }
    if (mode == "many") {
        int n = argc > 2 ? atoi(argv[2]) : 1000;
        for (int i = 0; i < n; ++i)
            zfs_call(fd, "many", static_cast<uint64_t>(i));
        return 0;
    }
    if (mode == "loop") {
        int n = argc > 2 ? atoi(argv[2]) : 50;
        for (int i = 0; i < n; ++i) {
            zfs_call(fd, "loop", static_cast<uint64_t>(i));
            usleep(20000);
        }
        return 0;
    }
    return 2;
}
