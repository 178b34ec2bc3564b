#include "trace/ioctl_decoder.h"

#include "trace/call_decoding.h"

namespace gzfs::trace {

IoctlDecoder::IoctlDecoder(const CmdLayout& layout, std::set<uint32_t> only, CallSink sink)
    : layout_(layout), only_(std::move(only)), sink_(std::move(sink))
{
}

bool IoctlDecoder::on_entry(const IoctlEntry& entry, const MemoryReader& memory)
{
    auto request = static_cast<uint32_t>(entry.request);
    if (!only_.empty() && !only_.count(request))
        return false;
    Pending p;
    p.call.tid = entry.tid;
    p.call.tgid = entry.tgid;
    p.call.start = std::chrono::system_clock::now();
    p.address = entry.arg;
    p.call.request = request;
    p.call.ioctl = ioctl_display_name(request);
    // The kernel copies exactly its own sizeof(zfs_cmd_t) from the argument.
    auto bytes = memory.read(entry.arg, layout_.size);
    if (!bytes) {
        p.call.cmd_error = bytes.error().message;
    } else {
        p.before.emplace(layout_, *bytes);
        decode_entry(request, *p.before, p.call);
        uint64_t src = p.before->get(Field::NvlistSrc);
        uint64_t src_size = p.before->get(Field::NvlistSrcSize);
        if (src != 0 && src_size != 0)
            p.call.src = read_nvlist(memory, src, src_size);
    }
    pending_[entry.tid] = std::move(p);
    return true;
}

void IoctlDecoder::on_exit(pid_t tid, int64_t rval, std::chrono::nanoseconds duration,
                           const MemoryReader& memory)
{
    auto it = pending_.find(tid);
    if (it == pending_.end())
        return;
    Pending& p = it->second;
    p.call.duration = duration;
    auto bytes = p.before ? memory.read(p.address, layout_.size)
                          : Result<std::vector<uint8_t>>(make_error("no zfs_cmd_t"));
    if (bytes) {
        ZfsCmd after(layout_, *bytes);
        decode_exit(rval, *p.before, after, p.call);
        if (dst_was_written(after, p.call.error))
            p.call.dst = read_nvlist(memory, after.get(Field::NvlistDst),
                                     after.get(Field::NvlistDstSize));
    } else {
        ZfsCmd same(layout_);
        decode_exit(rval, same, same, p.call);
    }
    sink_(p.call);
    pending_.erase(it);
}

void IoctlDecoder::on_unfinished(pid_t tid)
{
    auto it = pending_.find(tid);
    if (it == pending_.end())
        return;
    sink_(it->second.call);
    pending_.erase(it);
}

} // namespace gzfs::trace
