#!/usr/bin/env python3
"""Offline configurer for the domain.xml of a stopped Payara Server 6 domain (one domain per loopchain node).

The launcher (./loopchain) clones one template domain per node and runs `configure` on the copy before
every start while the domain is stopped (a running DAS owns its domain.xml and would overwrite edits).
Every edit is made by element identity, not by old values, so running it again is harmless:

  configure DOMAIN_DIR --name N --rest-port R --base B --config FILE --data DIR [--java-opts "..."]
            [--broker-port P]
      ports:     http-listener-1 = R (the loopchain REST port); from the node's base B: admin B+48,
                 https B+81, IIOP B+37/B+38/B+39, JMX B+86, OpenMQ B+76, Hazelcast B+49/B+59,
                 OSGi shell B+66, debugger B+9 (the last four are never opened: see below)
      loopback:  every listener of server-config and default-config on 127.0.0.1
      http:      no Server / X-Powered-By headers (no server name or version disclosed), URIs decoded as UTF-8,
                 request line + headers up to 64 KiB reach the application
      off:       Hazelcast (else *:B+49/B+59), OpenMQ jms-service DISABLED (else *:7676),
                 H2 AUTO_SERVER on the built-in pools (else H2 opens a TCP server on *:<random>)
      JVM:       -Xmx1g (the full tiered JIT: C1-only halves start-up CPU but cut throughput ~40%, see BENCHMARKS.md),
                 jit-directives.json (copied to config/): C2 skips the OSGi framework and the deploy-time
                 class scanning, which only run while the domain starts (~5 CPU-s less per peer start),
                 -Dloopchain.config/-Dloopchain.data/-Dderby.system.home/-Dloopchain.node,
                 -Dderby.storage.pageCacheSize (4,000 pages instead of Derby's 1,000), then the
                 options of --java-opts (LOOPCHAIN_JAVA_OPTS); an -Xmx, a Tiered* or a page cache option there
                 replaces our default. The options we added last time are recorded in
                 config/loopchain-jvm-options and replaced on the next run.
      broker:    with --broker-port, <resource-adapter-config> of artemis-rar pointing the RA at
                 tcp://127.0.0.1:P (what `asadmin create-resource-adapter-config` writes; read at start,
                 so no asadmin client and no redeploy of the RAR are needed), with MinLargeMessageSize
                 above the largest loopchain message (a block proposal is one packet, never the broker's
                 file-backed large-message path)
  info DOMAIN_DIR        prints REST_PORT= ADMIN_PORT= HTTPS_PORT= IIOP_PORT= JMX_PORT= NODE_CONFIG= (eval-able)
  has-app DOMAIN_DIR APP exit 0 when the application APP is registered in the domain
  disable-app DOMAIN_DIR APP  marks APP not to load at the next start (a stopped domain about to get
                            a newer archive: loading the old one while deploying the new one races)
  ra-params DOMAIN_DIR RA prints the ConnectionParameters of resource-adapter-config RA (empty: none)
"""
import argparse
import os
import shlex
import shutil
import sys
import xml.etree.ElementTree as ET

OFFSETS = {"admin": 48, "https": 81, "iiop": 37, "iiop_ssl": 38, "iiop_mutualauth": 39, "jmx": 86,
           "openmq": 76, "hazelcast_das": 49, "hazelcast_start": 59, "osgi_shell": 66, "debugger": 9}
IIOP_IDS = {"orb-listener-1": "iiop", "SSL": "iiop_ssl", "SSL_MUTUALAUTH": "iiop_mutualauth"}
LOOPBACK = "127.0.0.1"
RECORD = "loopchain-jvm-options"
# Derby's page cache in pages (default 1,000): the transaction table's random-key B-trees outgrow the
# default within minutes of load, and every miss is a page read and, later, a write
DERBY_PAGE_CACHE = 4000
# C2 leaves alone the code that runs while a domain starts and deploys (see the file); copied into
# the domain's config directory, so a domain does not depend on where the repository lies
JIT_DIRECTIVES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jit-directives.json")
JIT_DIRECTIVES_NAME = "loopchain-jit-directives.json"
# Grizzly's buffer for the request line and headers (default 8 KiB): a longer request is refused
# before any application sees it, with an empty 400
HEADER_BUFFER_BYTES = 64 * 1024
# above ChannelManager.MAX_MESSAGE_CHARS (64 MiB): every loopchain message is sent as one regular message
MIN_LARGE_MESSAGE_SIZE = 128 * 1024 * 1024


def load(domain_dir):
    path = os.path.join(domain_dir, "config", "domain.xml")
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return path, ET.parse(path, parser)


def save(path, tree):
    """Writes the tree back, keeping the file's prolog (declaration and licence comments) as it was."""
    with open(path, encoding="UTF-8") as f:
        text = f.read()
    prolog = text[:text.index("<" + tree.getroot().tag)]
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="UTF-8") as f:
        f.write(prolog + ET.tostring(tree.getroot(), encoding="unicode") + "\n")
    os.replace(tmp, path)


def config_named(root, name):
    node = root.find(f"./configs/config[@name='{name}']")
    if node is None:
        sys.exit(f"domain.xml has no <config name='{name}'>")
    return node


def bind_loopback(cfg):
    for el in cfg.iter():
        if el.tag in ("iiop-listener", "jmx-connector", "network-listener"):
            el.set("address", LOOPBACK)


def set_ports(root, cfg, rest, base):
    port = {k: str(base + off) for k, off in OFFSETS.items()}
    for nl in cfg.iterfind("./network-config/network-listeners/network-listener"):
        name = nl.get("name")
        if name == "http-listener-1":
            nl.set("port", str(rest))
        elif name == "http-listener-2":
            nl.set("port", port["https"])
        elif name == "admin-listener":
            nl.set("port", port["admin"])
    for il in cfg.iterfind("./iiop-service/iiop-listener"):
        if il.get("id") in IIOP_IDS:
            il.set("port", port[IIOP_IDS[il.get("id")]])
    for jmx in cfg.iterfind("./admin-service/jmx-connector"):
        jmx.set("port", port["jmx"])
    for sp in cfg.iterfind("./system-property[@name='JMS_PROVIDER_PORT']"):
        sp.set("value", port["openmq"])
    hz = root.find("./hazelcast-runtime-configuration")
    if hz is not None:
        hz.set("das-port", port["hazelcast_das"])
        hz.set("start-port", port["hazelcast_start"])
    java = cfg.find("./java-config")
    dbg = java.get("debug-options", "")
    if "address=" in dbg:
        java.set("debug-options", dbg[:dbg.index("address=")] + "address=" + port["debugger"])
    for opt in java.iterfind("./jvm-options"):
        if opt.text and opt.text.startswith("-Dosgi.shell.telnet.port="):
            opt.text = "-Dosgi.shell.telnet.port=" + port["osgi_shell"]


def switch_off_extras(root, cfg):
    hz = cfg.find("./hazelcast-config-specific-configuration")
    if hz is None:
        hz = ET.SubElement(cfg, "hazelcast-config-specific-configuration")
    hz.set("enabled", "false")
    jms = cfg.find("./jms-service")
    if jms is None:  # a fresh domain's server-config has none: OpenMQ then runs EMBEDDED on *:7676
        jms = ET.Element("jms-service", {"type": "DISABLED", "default-jms-host": "default_JMS_host"})
        ET.SubElement(jms, "jms-host", {"name": "default_JMS_host", "host": LOOPBACK,
                                        "port": "${JMS_PROVIDER_PORT}", "lazy-init": "true"})
        jms.tail = "\n            "
        children = list(cfg)
        anchor = cfg.find("./connector-service")
        cfg.insert(children.index(anchor) if anchor is not None else len(children), jms)
    jms.set("type", "DISABLED")
    for prop in root.iterfind("./resources/jdbc-connection-pool/property[@name='URL']"):
        prop.set("value", prop.get("value", "").replace(";AUTO_SERVER=TRUE", ""))


def quiet_http(cfg):
    """No server name or version in answers (Server, X-Powered-By); request URIs decoded as UTF-8;
    request lines and headers up to HEADER_BUFFER_BYTES reach the application (which answers JSON)."""
    for http in cfg.iterfind("./network-config/protocols/protocol/http"):
        http.set("server-header", "false")
        http.set("xpowered-by", "false")
        http.set("uri-encoding", "UTF-8")
        http.set("header-buffer-length-bytes", str(HEADER_BUFFER_BYTES))


def set_jvm_options(domain_dir, cfg, args):
    java = cfg.find("./java-config")
    record = os.path.join(domain_dir, "config", RECORD)
    previous = set()
    if os.path.exists(record):
        with open(record) as f:
            previous = {line.rstrip("\n") for line in f if line.strip()}
    extra = shlex.split(args.java_opts or "")
    ours = []
    if not any(o.startswith("-Xmx") for o in extra):
        ours.append("-Xmx1g")
    data = os.path.abspath(args.data)
    ours += [f"-Dloopchain.config={os.path.abspath(args.config)}", f"-Dloopchain.data={data}",
             f"-Dderby.system.home={data}", f"-Dloopchain.node={args.name}"]
    if not any(o.startswith("-Dderby.storage.pageCacheSize=") for o in extra):
        ours.append(f"-Dderby.storage.pageCacheSize={DERBY_PAGE_CACHE}")
    shutil.copyfile(JIT_DIRECTIVES, os.path.join(domain_dir, "config", JIT_DIRECTIVES_NAME))
    ours += ["-XX:+UnlockDiagnosticVMOptions",
             "-XX:CompilerDirectivesFile=${com.sun.aas.instanceRoot}/config/" + JIT_DIRECTIVES_NAME]
    ours += extra
    managed = ("-Xmx", "-XX:TieredStopAtLevel", "-Dloopchain.", "-Dderby.system.home=", "-Dderby.storage.")
    for opt in list(java.iterfind("./jvm-options")):
        text = opt.text or ""
        if text in previous or text.startswith(managed):
            java.remove(opt)
    for text in ours:
        el = ET.SubElement(java, "jvm-options")
        el.text = text
    with open(record, "w") as f:
        f.write("".join(o + "\n" for o in ours))


def set_ra_config(root, port, ra="artemis-rar"):
    resources = root.find("./resources")
    rac = resources.find(f"./resource-adapter-config[@resource-adapter-name='{ra}']")
    if rac is None:
        rac = ET.Element("resource-adapter-config", {"resource-adapter-name": ra})
        rac.tail = "\n    "
        resources.insert(0, rac)
    for prop in list(rac):
        rac.remove(prop)
    for name, value in (("ConnectorClassName", "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory"),
                        ("ConnectionParameters", f"host=127.0.0.1;port={port}"),
                        ("MinLargeMessageSize", str(MIN_LARGE_MESSAGE_SIZE))):
        ET.SubElement(rac, "property", {"name": name, "value": value})


def rename(root, name):
    for node in root.iterfind("./nodes/node"):
        if node.get("name", "").startswith("localhost-"):
            node.set("name", "localhost-" + name)
    for prop in root.iterfind("./property[@name='administrative.domain.name']"):
        prop.set("value", name)


def configure(args):
    path, tree = load(args.domain_dir)
    root = tree.getroot()
    server = config_named(root, "server-config")
    set_ports(root, server, args.rest_port, args.base)
    for cfg in (server, config_named(root, "default-config")):
        bind_loopback(cfg)
    switch_off_extras(root, server)
    quiet_http(server)
    set_jvm_options(args.domain_dir, server, args)
    if args.broker_port:
        set_ra_config(root, args.broker_port)
    rename(root, args.name)
    save(path, tree)


def info(args):
    _, tree = load(args.domain_dir)
    root = tree.getroot()
    server = config_named(root, "server-config")
    listeners = {nl.get("name"): nl.get("port") for nl in
                 server.iterfind("./network-config/network-listeners/network-listener")}
    iiop = [il.get("port") for il in server.iterfind("./iiop-service/iiop-listener")]
    jmx = server.find("./admin-service/jmx-connector")
    config = ""
    for opt in server.iterfind("./java-config/jvm-options"):
        if opt.text and opt.text.startswith("-Dloopchain.config="):
            config = opt.text.split("=", 1)[1]
    values = {"REST_PORT": listeners.get("http-listener-1", ""), "ADMIN_PORT": listeners.get("admin-listener", ""),
              "HTTPS_PORT": listeners.get("http-listener-2", ""), "IIOP_PORT": ",".join(iiop),
              "JMX_PORT": jmx.get("port") if jmx is not None else "", "NODE_CONFIG": config}
    print(" ".join(f"{k}={shlex.quote(v)}" for k, v in values.items()))


def has_app(args):
    _, tree = load(args.domain_dir)
    found = tree.getroot().find(f"./applications/application[@name='{args.app}']") is not None
    sys.exit(0 if found else 1)


def disable_app(args):
    path, tree = load(args.domain_dir)
    refs = tree.getroot().findall(f"./servers/server/application-ref[@ref='{args.app}']")
    for ref in refs:
        ref.set("enabled", "false")
    if refs:
        save(path, tree)


def ra_params(args):
    _, tree = load(args.domain_dir)
    rac = tree.getroot().find(f"./resources/resource-adapter-config[@resource-adapter-name='{args.ra}']")
    if rac is not None:
        prop = rac.find("./property[@name='ConnectionParameters']")
        print(prop.get("value", "") if prop is not None else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("configure")
    c.add_argument("domain_dir")
    c.add_argument("--name", required=True)
    c.add_argument("--rest-port", type=int, required=True)
    c.add_argument("--base", type=int, required=True)
    c.add_argument("--config", required=True)
    c.add_argument("--data", required=True)
    c.add_argument("--java-opts", default="")
    c.add_argument("--broker-port", type=int, default=0)
    c.set_defaults(func=configure)
    i = sub.add_parser("info")
    i.add_argument("domain_dir")
    i.set_defaults(func=info)
    h = sub.add_parser("has-app")
    h.add_argument("domain_dir")
    h.add_argument("app")
    h.set_defaults(func=has_app)
    d = sub.add_parser("disable-app")
    d.add_argument("domain_dir")
    d.add_argument("app")
    d.set_defaults(func=disable_app)
    r = sub.add_parser("ra-params")
    r.add_argument("domain_dir")
    r.add_argument("ra")
    r.set_defaults(func=ra_params)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
