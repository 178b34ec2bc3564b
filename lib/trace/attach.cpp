#include "trace/attach.h"

#include <dirent.h>
#include <sys/ptrace.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

namespace gzfs::trace {

namespace {

std::vector<pid_t> list_tasks(pid_t pid)
{
    std::vector<pid_t> tids;
    std::string dir = "/proc/" + std::to_string(pid) + "/task";
    DIR* d = opendir(dir.c_str());
    if (!d)
        return tids;
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9')
            tids.push_back(static_cast<pid_t>(atoi(e->d_name)));
    }
    closedir(d);
    return tids;
}

Error attach_error(pid_t pid, int err)
{
    std::string reason = err == ESRCH ? "no such process" : strerror(err);
    return make_error("cannot attach to process " + std::to_string(pid) + ": " + reason, err);
}

} // namespace

Result<std::vector<pid_t>> attach_process(pid_t pid, long ptrace_options)
{
    if (pid <= 0)
        return attach_error(pid, ESRCH);
    std::set<pid_t> seized;
    // Threads started during the loop appear in the next listing; two equal listings in a
    // row mean none is missing (threads cloned by seized ones are auto-attached anyway when
    // following, and are at worst untraced otherwise).
    for (int round = 0; round < 100; ++round) {
        auto tids = list_tasks(pid);
        if (tids.empty() && seized.empty())
            return attach_error(pid, ESRCH);
        bool new_ones = false;
        for (pid_t tid : tids) {
            if (seized.count(tid))
                continue;
            new_ones = true;
            if (ptrace(PTRACE_SEIZE, tid, nullptr, reinterpret_cast<void*>(ptrace_options)) != 0) {
                if (errno == ESRCH && tid != pid)
                    continue; // a thread that just exited
                int err = errno;
                for (pid_t done : seized)
                    ptrace(PTRACE_DETACH, done, nullptr, nullptr);
                return attach_error(pid, err);
            }
            ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
            seized.insert(tid);
        }
        if (!new_ones)
            break;
    }
    return std::vector<pid_t>(seized.begin(), seized.end());
}

} // namespace gzfs::trace
