#include "pool/vdev_spec.h"

#include "pool/draid_config.h"

#include <cstring>
#include <optional>

namespace gzfs {
namespace {

constexpr int kMaxParity = 3;  // VDEV_RAIDZ_MAXPARITY and VDEV_DRAID_MAXPARITY

/// What is_grouping() recognises: the generic type and how many devices it needs.
struct Grouping {
    std::string type;   // mirror, raidz, draid, spare, log, special, dedup, l2cache
    int min_devices = 1;
    int max_devices = 1 << 30;
    int parity = 0;
};

/// Parity of "raidz", "raidzN", "draid", "draidN[:...]"; 0 when malformed (zero prefixes and
/// suffixes are refused, as get_parity() does).
int parse_parity(std::string_view rest, bool draid)
{
    if (rest.empty() || (draid && rest.front() == ':'))
        return 1;
    if (rest.front() < '1' || rest.front() > '9')
        return 0;
    size_t end = 0;
    int parity = 0;
    while (end < rest.size() && rest[end] >= '0' && rest[end] <= '9' && parity <= kMaxParity)
        parity = parity * 10 + (rest[end++] - '0');
    bool tail_ok = end == rest.size() || (draid && rest[end] == ':');
    return (tail_ok && parity >= 1 && parity <= kMaxParity) ? parity : 0;
}

std::optional<Grouping> grouping(const std::string& word)
{
    for (std::string_view prefix : {"raidz", "draid"}) {
        if (word.compare(0, prefix.size(), prefix) != 0)
            continue;
        int parity = parse_parity(std::string_view(word).substr(prefix.size()),
                                  prefix == "draid");
        if (parity == 0)
            return std::nullopt;
        return Grouping{std::string(prefix), parity + 1, 255, parity};
    }
    if (word == "mirror")
        return Grouping{"mirror", 2};
    if (word == "spare" || word == "log" || word == "special" || word == "dedup")
        return Grouping{word, 1};
    if (word == "cache")
        return Grouping{"l2cache", 1};
    return std::nullopt;
}

/// The class switch in force: which keyword came last among log/special/dedup/spare.
struct ClassState {
    bool log = false, special = false, dedup = false, spare = false;
    bool seen_log = false;
    int nlogs = 0;
};

class SpecParser {
public:
    SpecParser(std::span<const std::string> args, const VdevSpecOptions& options)
        : args_(args), options_(options) {}
    Result<nv::NvList> parse();

private:
    Error spec_error(const std::string& why) const;
    Result<nv::NvList> make_leaf(const std::string& arg) const;
    Result<std::string> resolve(const std::string& arg, DeviceInfo& info) const;
    void add_class(nv::NvList& vdev) const;
    Status parse_group(const Grouping& group, const std::string& fulltype);

    std::span<const std::string> args_;
    const VdevSpecOptions& options_;
    size_t pos_ = 0;
    ClassState cls_;
    std::vector<nv::NvList> top_;
    std::optional<std::vector<nv::NvList>> spares_, l2cache_;
};

Error SpecParser::spec_error(const std::string& why) const
{
    return make_error("cannot " + options_.verb + " '" + options_.pool +
                      "': invalid vdev specification: " + why);
}

Result<std::string> SpecParser::resolve(const std::string& arg, DeviceInfo& info) const
{
    if (!arg.empty() && arg.front() == '/') {
        info = options_.probe(arg);
        if (info.kind == DeviceKind::Missing)
            return make_error("cannot open '" + arg + "': " + std::strerror(info.error),
                              info.error);
        return arg;
    }
    for (const std::string& dir : shorthand_dirs()) {
        std::string path = dir + "/" + arg;
        info = options_.probe(path);
        if (info.kind != DeviceKind::Missing)
            return path;
    }
    return make_error("cannot open '" + arg +
                      "': no such device in /dev (must be a full path or shorthand device "
                      "name)", ENOENT);
}

Result<nv::NvList> SpecParser::make_leaf(const std::string& arg) const
{
    DeviceInfo info;
    auto path = resolve(arg, info);
    if (!path)
        return path.error();
    if (info.kind == DeviceKind::Other)
        return make_error("cannot use '" + *path + "': must be a block device or regular file",
                          EINVAL);
    nv::NvList leaf;
    leaf.add_string("path", *path);
    bool disk = info.kind == DeviceKind::Block;
    leaf.add_string("type", disk ? "disk" : "file");
    if (disk)
        leaf.add_uint64("whole_disk", 0);
    if (options_.ashift > 0)
        leaf.add_uint64("ashift", options_.ashift);
    return leaf;
}

void SpecParser::add_class(nv::NvList& vdev) const
{
    vdev.add_uint64("is_log", cls_.log ? 1 : 0);
    if (cls_.log)
        vdev.add_string("alloc_bias", "log");
    if (cls_.special)
        vdev.add_string("alloc_bias", "special");
    if (cls_.dedup)
        vdev.add_string("alloc_bias", "dedup");
}

Status SpecParser::parse_group(const Grouping& group, const std::string& fulltype)
{
    if ((cls_.log || cls_.special || cls_.dedup) && group.type != "mirror" &&
        group.type != "spare" && group.type != "l2cache")
        return spec_error("unsupported '" + std::string(cls_.log ? "log" : "special") +
                          "' device: " + group.type);
    if (cls_.log || cls_.special || cls_.dedup)
        cls_.nlogs++;
    std::vector<nv::NvList> children;
    size_t next = pos_ + 1;
    for (; next < args_.size() && !grouping(args_[next]); ++next) {
        auto leaf = make_leaf(args_[next]);
        if (!leaf)
            return leaf.error();
        children.push_back(std::move(*leaf));
    }
    int count = static_cast<int>(children.size());
    if (count < group.min_devices)
        return spec_error(fulltype + " requires at least " + std::to_string(group.min_devices) +
                          " devices");
    if (count > group.max_devices)
        return spec_error(fulltype + " supports no more than " +
                          std::to_string(group.max_devices) + " devices");
    pos_ = next;
    if (group.type == "spare") {
        spares_ = std::move(children);
        return {};
    }
    if (group.type == "l2cache") {
        l2cache_ = std::move(children);
        return {};
    }
    nv::NvList vdev;
    vdev.add_string("type", group.type);
    add_class(vdev);
    if (group.type == "raidz")
        vdev.add_uint64("nparity", static_cast<uint64_t>(group.parity));
    if (group.type == "draid") {
        auto config = draid_config(fulltype, children.size());
        if (!config)
            return spec_error(config.error().message);
        vdev.add_uint64("nparity", config->parity);
        vdev.add_uint64("draid_ndata", config->data);
        vdev.add_uint64("draid_nspares", config->spares);
        vdev.add_uint64("draid_ngroups", config->groups);
    }
    vdev.add_nvlist_array("children", std::move(children));
    top_.push_back(std::move(vdev));
    return {};
}

Result<nv::NvList> SpecParser::parse()
{
    while (pos_ < args_.size()) {
        const std::string& word = args_[pos_];
        auto group = grouping(word);
        if (!group) {
            auto leaf = make_leaf(word);
            if (!leaf)
                return leaf.error();
            if (cls_.log)
                cls_.nlogs++;
            add_class(*leaf);
            top_.push_back(std::move(*leaf));
            ++pos_;
            continue;
        }
        const std::string& type = group->type;
        if (type == "log" || type == "special" || type == "dedup") {
            if (type == "log" && cls_.seen_log)
                return spec_error("'log' can be specified only once");
            cls_ = ClassState{type == "log", type == "special", type == "dedup", false,
                              cls_.seen_log || type == "log", cls_.nlogs};
            ++pos_;
            continue;
        }
        if (type == "spare" && spares_)
            return spec_error("'spare' can be specified only once");
        if (type == "l2cache" && l2cache_)
            return spec_error("'cache' can be specified only once");
        if (type == "spare" || type == "l2cache")
            cls_ = ClassState{false, false, false, type == "spare", cls_.seen_log, cls_.nlogs};
        if (auto st = parse_group(*group, word); !st)
            return st.error();
    }
    if (top_.empty() && !spares_ && !l2cache_)
        return spec_error("at least one toplevel vdev must be specified");
    if (cls_.seen_log && cls_.nlogs == 0)
        return spec_error("log requires at least 1 device");
    nv::NvList root;
    root.add_string("type", "root");
    root.add_nvlist_array("children", std::move(top_));
    if (spares_)
        root.add_nvlist_array("spares", std::move(*spares_));
    if (l2cache_)
        root.add_nvlist_array("l2cache", std::move(*l2cache_));
    return root;
}

} // namespace

bool is_vdev_keyword(const std::string& word)
{
    return grouping(word).has_value();
}

Result<nv::NvList> parse_vdev_spec(std::span<const std::string> args,
                                   const VdevSpecOptions& options)
{
    return SpecParser(args, options).parse();
}

} // namespace gzfs
