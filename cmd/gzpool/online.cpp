// gzpool online [-e] POOL DEV...  /  gzpool offline [-t] [-f] POOL DEV...
#include "cli.h"
#include "commands.h"
#include "result_json.h"

#include "pool/pool_ops.h"
#include "pool/vdev_target.h"

namespace gzfs::cli {
namespace {

struct StateArgs {
    bool expand = false, temporary = false, fault = false;
    std::string pool;
    std::vector<std::string> devices;
    JsonFlags json;
};

void set_state(const StateArgs& a, bool online)
{
    std::string_view command = online ? "zpool online" : "zpool offline";
    std::string verb = online ? "online" : "offline";
    Client* c = client(command, a.json.json);
    if (!c)
        return;
    for (const std::string& dev : a.devices) {
        auto target = find_target(*c, a.pool, dev, verb);
        if (!target) {
            report_error(command, target.error(), a.json.json);
            continue;
        }
        VdevState state = online ? VdevState::Online : a.fault ? VdevState::Faulted
                                                               : VdevState::Offline;
        uint64_t flags = online ? (a.expand ? kOnlineExpand : 0)
                                : (a.fault ? 5 /* VDEV_AUX_EXTERNAL_PERSIST-less: external */
                                           : (a.temporary ? kOfflineTemporary : 0));
        if (a.fault)
            flags = a.temporary ? 14 /* VDEV_AUX_EXTERNAL */ : 17 /* VDEV_AUX_EXTERNAL_PERSIST */;
        auto st = vdev_set_state(*c, a.pool, target->guid, state, flags);
        if (!st) {
            Error e = st.error();
            if (!online && e.sys_errno == EBUSY)
                e.message = "cannot offline " + dev + ": no valid replicas";
            else if (e.message.rfind("cannot", 0) != 0)
                e.message = "cannot " + verb + " " + dev + ": " + e.message;
            report_error(command, e, a.json.json);
            continue;
        }
        if (online && *st != 7)
            std::fprintf(stderr, "warning: device '%s' onlined, but remains in faulted state\n"
                                 "use 'zpool replace' to replace devices that are no longer "
                                 "present\n", dev.c_str());
    }
    print_done(a.json.json, command, a.pool, verb, {{"devices", a.devices}});
}

} // namespace

void register_online(CLI::App& app)
{
    auto on = std::make_shared<StateArgs>();
    CLI::App* cmd = app.add_subcommand("online", "bring devices online");
    cmd->add_flag("-e", on->expand, "expand the device to use all its space");
    add_json_flags(cmd, on->json);
    cmd->add_option("pool", on->pool, "pool")->required();
    cmd->add_option("device", on->devices, "devices")->required();
    cmd->callback([on] { set_state(*on, true); });

    auto off = std::make_shared<StateArgs>();
    CLI::App* cmd2 = app.add_subcommand("offline", "take devices offline");
    cmd2->add_flag("-t", off->temporary, "until the next import");
    cmd2->add_flag("-f", off->fault, "fault the device instead");
    add_json_flags(cmd2, off->json);
    cmd2->add_option("pool", off->pool, "pool")->required();
    cmd2->add_option("device", off->devices, "devices")->required();
    cmd2->callback([off] { set_state(*off, false); });
}

} // namespace gzfs::cli
