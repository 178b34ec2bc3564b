#include "zfs/stream_pump.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vector>

namespace gzfs::zfs {

namespace {

void close_fd(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// libzfs enlarges receive pipes too: fewer wakeups per megabyte. Best effort.
void grow_pipe(int fd)
{
    (void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
}

bool write_all(int fd, const uint8_t* p, size_t n, int& err)
{
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            err = errno;
            return false;
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

} // namespace

Result<std::unique_ptr<StreamPump>> StreamPump::reading(int source)
{
    return start(source, true);
}

Result<std::unique_ptr<StreamPump>> StreamPump::writing(int sink)
{
    return start(sink, false);
}

Result<std::unique_ptr<StreamPump>> StreamPump::start(int outside, bool reading)
{
    std::unique_ptr<StreamPump> p(new StreamPump());
    p->outside_ = outside;
    p->reading_ = reading;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0 || ::pipe2(p->cancel_, O_CLOEXEC | O_NONBLOCK) != 0)
        return make_error(std::string("cannot create pipe: ") + strerror(errno), errno);
    grow_pipe(fds[0]);
    // Receiving, the kernel reads fds[0] and the pump writes fds[1]; sending, the reverse.
    p->kernel_end_ = reading ? fds[0] : fds[1];
    p->pump_end_ = reading ? fds[1] : fds[0];
    p->thread_ = std::thread([raw = p.get()] { raw->run(); });
    return p;
}

void StreamPump::run()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    const int in = reading_ ? outside_ : pump_end_;
    const int out = reading_ ? pump_end_ : outside_;
    std::vector<uint8_t> buf(1 << 17);
    for (;;) {
        pollfd pfd[2] = {{in, POLLIN, 0}, {cancel_[0], POLLIN, 0}};
        if (::poll(pfd, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            error_ = errno;
            break;
        }
        if (pfd[1].revents)
            break;
        ssize_t got = ::read(in, buf.data(), buf.size());
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got < 0) {
            error_ = errno;
            break;
        }
        if (got == 0)
            break;
        // Counted when read, so that bytes() = read + still in the pipe never misses any.
        bytes_.fetch_add(static_cast<uint64_t>(got), std::memory_order_seq_cst);
        if (!write_all(out, buf.data(), static_cast<size_t>(got), error_))
            break;
    }
    // Receiving: EOF (or a failure) of the source ends the kernel's input too.
    if (reading_)
        close_fd(pump_end_);
}

uint64_t StreamPump::bytes() const
{
    if (reading_ || pump_end_ < 0)
        return bytes_.load();
    // Read, pipe contents, read again: equal counts mean no read raced the FIONREAD.
    for (;;) {
        uint64_t before = bytes_.load();
        int queued = 0;
        if (::ioctl(pump_end_, FIONREAD, &queued) != 0)
            queued = 0;
        if (bytes_.load() == before)
            return before + static_cast<uint64_t>(queued);
    }
}

Status StreamPump::finish()
{
    close_fd(kernel_end_);
    if (thread_.joinable())
        thread_.join();
    if (error_ != 0)
        return make_error(std::string("cannot write stream: ") + strerror(error_), error_);
    return {};
}

void StreamPump::stop()
{
    if (thread_.joinable()) {
        // Wake the thread wherever it waits: a poll on the source, or a write into a pipe
        // whose reader is gone (closing the kernel's end makes that write fail).
        char c = 1;
        (void)!::write(cancel_[1], &c, 1);
        close_fd(kernel_end_);
        thread_.join();
    }
}

StreamPump::~StreamPump()
{
    stop();
    close_fd(kernel_end_);
    close_fd(pump_end_);
    close_fd(cancel_[0]);
    close_fd(cancel_[1]);
}

Ticker::Ticker(double interval, std::function<void()> tick)
    : interval_(interval), tick_(std::move(tick))
{
    if (tick_)
        thread_ = std::thread([this] {
            std::unique_lock lock(mutex_);
            const auto period = std::chrono::duration<double>(interval_);
            while (!wake_.wait_for(lock, period, [this] { return done_; })) {
                lock.unlock();
                tick_();
                lock.lock();
            }
        });
}

void Ticker::stop()
{
    {
        std::lock_guard lock(mutex_);
        done_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

Ticker::~Ticker()
{
    stop();
}

} // namespace gzfs::zfs
