// gzpool detach POOL DEV  /  gzpool remove [-s] POOL DEV...  /  gzpool clear POOL [DEV]
#include "cli.h"
#include "commands.h"
#include "result_json.h"

#include "pool/pool_ops.h"
#include "pool/pool_query.h"
#include "pool/vdev_target.h"

namespace gzfs::cli {
namespace {

struct DevArgs {
    bool cancel = false;
    std::string pool;
    std::vector<std::string> devices;
    JsonFlags json;
};

void detach(const DevArgs& a)
{
    constexpr std::string_view command = "zpool detach";
    Client* c = client(command, a.json.json);
    if (!c)
        return;
    auto target = find_target(*c, a.pool, a.devices.at(0), "detach");
    if (!target) {
        report_error(command, target.error(), a.json.json);
        return;
    }
    if (auto st = vdev_detach(*c, a.pool, target->guid); !st) {
        Error e = st.error();
        if (e.sys_errno == ENOTSUP)
            e.message = "cannot detach " + a.devices[0] +
                        ": only applicable to mirror and replacing vdevs";
        else if (e.sys_errno == EBUSY)
            e.message = "cannot detach " + a.devices[0] + ": no valid replicas";
        report_error(command, e, a.json.json);
        return;
    }
    print_done(a.json.json, command, a.pool, "detach", {{"device", a.devices[0]}});
}

void remove(const DevArgs& a)
{
    constexpr std::string_view command = "zpool remove";
    Client* c = client(command, a.json.json);
    if (!c)
        return;
    if (a.cancel) {
        if (auto st = vdev_remove(*c, a.pool, 0, true); !st)
            report_error(command, st.error(), a.json.json);
        print_done(a.json.json, command, a.pool, "cancel");
        return;
    }
    for (const std::string& dev : a.devices) {
        auto target = find_target(*c, a.pool, dev, "remove");
        if (!target) {
            report_error(command, target.error(), a.json.json);
            continue;
        }
        if (auto st = vdev_remove(*c, a.pool, target->guid); !st)
            report_error(command, st.error(), a.json.json);
    }
    print_done(a.json.json, command, a.pool, "remove", {{"devices", a.devices}});
}

void clear(const DevArgs& a)
{
    constexpr std::string_view command = "zpool clear";
    Client* c = client(command, a.json.json);
    if (!c)
        return;
    uint64_t guid = 0;
    if (!a.devices.empty()) {
        auto target = find_target(*c, a.pool, a.devices[0], "clear");
        if (!target) {
            report_error(command, target.error(), a.json.json);
            return;
        }
        guid = target->guid;
    } else if (auto pool = open_pool(*c, a.pool); !pool) {
        report_error(command, pool.error(), a.json.json);
        return;
    }
    if (auto st = pool_clear(*c, a.pool, guid); !st)
        report_error(command, st.error(), a.json.json);
    print_done(a.json.json, command, a.pool, "clear");
}

CLI::App* add(CLI::App& app, const char* name, const char* help, DevArgs& a, bool need_dev)
{
    CLI::App* cmd = app.add_subcommand(name, help);
    add_json_flags(cmd, a.json);
    cmd->add_option("pool", a.pool, "pool")->required();
    auto* opt = cmd->add_option("device", a.devices, "device");
    if (need_dev)
        opt->required();
    return cmd;
}

} // namespace

void register_detach(CLI::App& app)
{
    auto d = std::make_shared<DevArgs>();
    add(app, "detach", "detach a device from a mirror", *d, true)->callback([d] { detach(*d); });
    auto r = std::make_shared<DevArgs>();
    CLI::App* rm = add(app, "remove", "remove devices from a pool", *r, false);
    rm->add_flag("-s", r->cancel, "stop a running removal");
    rm->callback([r] {
        if (!r->cancel && r->devices.empty())
            usage_error("zpool remove", "missing device", r->json.json);
        else
            remove(*r);
    });
    auto c = std::make_shared<DevArgs>();
    add(app, "clear", "clear device errors", *c, false)->callback([c] { clear(*c); });
}

} // namespace gzfs::cli
