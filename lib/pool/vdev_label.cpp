#include "pool/vdev_label.h"

#include "nvlist/codec.h"
#include "pool/device_probe.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace gzfs {
namespace {

/// An fd closed on scope exit.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { if (fd_ >= 0) ::close(fd_); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::vector<uint64_t> label_offsets(uint64_t size)
{
    uint64_t aligned = size / kLabelSize * kLabelSize;
    if (aligned < 4 * kLabelSize)
        return {};
    return {0, kLabelSize, aligned - 2 * kLabelSize, aligned - kLabelSize};
}

bool usable(const nv::NvList& config)
{
    auto state = config.get<uint64_t>("state");
    if (!state || *state > 4)  // POOL_STATE_L2CACHE is the last label state
        return false;
    return *state == 3 || *state == 4 || config.get_or("txg", uint64_t{0}) != 0;
}

Error io_error(const std::string& verb, const std::string& path, int err)
{
    return make_error("cannot " + verb + " '" + path + "': " + std::strerror(err), err);
}

} // namespace

Result<std::optional<nv::NvList>> read_vdev_label(const std::string& path)
{
    DeviceInfo info = probe_device(path);
    if (info.kind == DeviceKind::Missing)
        return io_error("open", path, info.error);
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return io_error("open", path, errno);
    std::vector<uint8_t> buf(kLabelNvlistSize);
    for (uint64_t offset : label_offsets(info.size)) {
        ssize_t n = ::pread(fd.get(), buf.data(), buf.size(),
                            static_cast<off_t>(offset + kLabelNvlistOffset));
        if (n != static_cast<ssize_t>(buf.size()))
            continue;
        auto config = nv::unpack(buf);
        if (config && usable(*config))
            return std::optional<nv::NvList>(std::move(*config));
    }
    return std::optional<nv::NvList>{};
}

std::optional<DeviceOwner> label_owner(const std::string& path)
{
    auto label = read_vdev_label(path);
    if (!label || !*label)
        return std::nullopt;
    const nv::NvList& config = **label;
    DeviceOwner owner;
    owner.state = config.get_or("state", uint64_t{0});
    owner.pool = config.get_or("name", "");
    owner.pool_guid = config.get_or("pool_guid", uint64_t{0});
    return owner;
}

Status clear_vdev_label(const std::string& path, bool force)
{
    auto owner = label_owner(path);
    if (owner && !force && (owner->state == 0 || owner->state == 1)) {
        const char* what = owner->state == 0 ? "potentially active" : "exported";
        return make_error("cannot labelclear '" + path + "': " + path + " is a member of " +
                              what + " pool \"" + owner->pool + "\" (use -f to override)",
                          EBUSY);
    }
    DeviceInfo info = probe_device(path);
    Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return io_error("labelclear", path, errno);
    std::vector<uint8_t> zeros(kLabelSize, 0);
    for (uint64_t offset : label_offsets(info.size))
        if (::pwrite(fd.get(), zeros.data(), zeros.size(), static_cast<off_t>(offset)) !=
            static_cast<ssize_t>(zeros.size()))
            return io_error("labelclear", path, errno);
    ::fsync(fd.get());
    return {};
}

} // namespace gzfs
