#include "ioctl/client.h"

#include "ioctl/errors.h"
#include "nvlist/codec.h"

#include <algorithm>
#include <cerrno>

namespace gzfs {

namespace {

// Points a zfs_cmd_t pointer/size pair at a buffer that outlives the call.
void point_at(ZfsCmd& zc, Field ptr, Field size, const std::vector<uint8_t>& buf)
{
    zc.set(ptr, reinterpret_cast<uintptr_t>(buf.data()));
    zc.set(size, buf.size());
}

} // namespace

Result<Client> Client::open(const OpenOptions& options)
{
    auto module = read_module_version(options.version_path);
    if (!module)
        return module.error();
    auto device = ZfsDevice::open(options.device_path);
    if (!device)
        return device.error();
    return Client(std::move(*device), std::move(*module));
}

Client::Client(std::unique_ptr<Device> device, ModuleVersion module)
    : device_(std::move(device)), module_(std::move(module)),
      layout_(&layout_for(module_.version))
{
}

ZfsCmd Client::make_cmd(std::string_view name) const
{
    ZfsCmd zc(*layout_);
    zc.set_name(name);
    return zc;
}

Result<ZfsCmd> Client::make_cmd(Ioc ioc, std::string_view name) const
{
    ZfsCmd zc(*layout_);
    if (!zc.set_name(name))
        return name_too_long(ioctl_info(ioc).verb, name);
    return zc;
}

Error Client::fail(Ioc ioc, const ZfsCmd& zc, const CallArgs& args, int err) const
{
    std::string_view verb = args.verb.empty() ? ioctl_info(ioc).verb : args.verb;
    std::string object = args.object.empty() ? zc.name() : args.object;
    int zfs_error = err >= kZfsErrFirst ? err : 0;
    return Error{err, zfs_error, error_message(verb, object, err)};
}

Result<nv::NvList> Client::call(Ioc ioc, ZfsCmd& zc, const CallArgs& args)
{
    if (!has(ioc)) {
        const IocInfo& info = ioctl_info(ioc);
        Error e = fail(ioc, zc, args, 1029 /* ZFS_ERR_IOC_CMD_UNAVAIL */);
        e.message += " (ZFS_IOC_" + std::string(info.name) + " needs module " +
                     info.since.str() + ", loaded is " + module_.text + ")";
        return e;
    }

    // Packed inputs must stay alive for the whole call, retries included.
    std::vector<uint8_t> src, conf;
    const nv::NvList empty;
    const nv::NvList* src_list = args.src ? args.src : (new_style(ioc) ? &empty : nullptr);
    for (auto [list, buf, ptr, size] :
         {std::tuple{src_list, &src, Field::NvlistSrc, Field::NvlistSrcSize},
          std::tuple{args.conf, &conf, Field::NvlistConf, Field::NvlistConfSize}}) {
        if (!list)
            continue;
        auto packed = nv::pack(*list);
        if (!packed) {
            Error e = fail(ioc, zc, args, EINVAL);
            e.message += " (cannot pack nvlist: " + packed.error().message + ")";
            return e;
        }
        *buf = std::move(*packed);
        point_at(zc, ptr, size, *buf);
    }

    size_t dst_size = args.dst_size ? args.dst_size : kDefaultDstSize;
    const std::vector<uint8_t> input(zc.bytes().begin(), zc.bytes().end());
    int err;
    for (;;) {
        if (args.want_dst) {
            if (dst_.size() < dst_size)
                dst_.resize(dst_size);
            zc.set(Field::NvlistDst, reinterpret_cast<uintptr_t>(dst_.data()));
            zc.set(Field::NvlistDstSize, dst_size);
        }
        err = device_->ioctl(static_cast<unsigned long>(ioc), zc.data());
        // ENOMEM with a bigger zc_nvlist_dst_size means "the result did not fit": grow and
        // retry from the original input (the list iterators advance zc_cookie even then).
        // A channel program's ENOMEM is its own memory limit, not the buffer.
        if (err != ENOMEM || !args.want_dst || ioc == Ioc::ChannelProgram)
            break;
        size_t needed = zc.get(Field::NvlistDstSize);
        if (needed <= dst_size && dst_size >= (size_t{1} << 30))
            break;
        dst_size = std::max(needed, dst_size * 2);
        std::copy(input.begin(), input.end(), zc.data());
    }

    nv::NvList dst;
    if (args.want_dst && zc.get(Field::NvlistDstFilled) != 0) {
        size_t filled = std::min<size_t>(zc.get(Field::NvlistDstSize), dst_.size());
        auto unpacked = nv::unpack(std::span<const uint8_t>(dst_.data(), filled));
        if (!unpacked && err == 0) {
            Error e = fail(ioc, zc, args, EINVAL);
            e.message += " (kernel returned a bad nvlist: " + unpacked.error().message + ")";
            return e;
        }
        if (unpacked)
            dst = std::move(*unpacked);
    }
    if (err != 0) {
        if (args.ret_dst_on_error)
            *args.ret_dst_on_error = std::move(dst);
        return fail(ioc, zc, args, err);
    }
    return dst;
}

Result<nv::NvList> Client::call(Ioc ioc, std::string_view name, const nv::NvList& src,
                                nv::NvList* ret_dst_on_error)
{
    auto zc = make_cmd(ioc, name);
    if (!zc)
        return zc.error();
    CallArgs args;
    args.src = &src;
    args.ret_dst_on_error = ret_dst_on_error;
    return call(ioc, *zc, args);
}

Status to_status(Result<nv::NvList> result)
{
    if (!result)
        return result.error();
    return {};
}

Error name_too_long(std::string_view verb, std::string_view name)
{
    return Error{ENAMETOOLONG, 0, error_message(verb, name, ENAMETOOLONG)};
}

} // namespace gzfs
