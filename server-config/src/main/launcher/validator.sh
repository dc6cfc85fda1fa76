# shellcheck shell=bash
# ./loopchain validator: a channel's validators on the local network (README, "Validator changes"), done
# by loopchain-cli's ValidatorCommand over org.loopchain.tools.ValidatorConfigMain (the core's
# ValidatorConfigCommand). Here: which peers run, and the tools' class path. Sourced, never run.

cmd_validator() {
  local tools_cp=""
  case ${1:-help} in
    help | -h | --help) ;;
    *) tools_cp=$(tools_classpath) || exit 1 ;;
  esac
  cli validator --domains "$DOMAINS_DIR" --running "$(running_peers)" --channel "$CHANNEL" \
    --operator-key "$(score_operator_key_file)" --tools-classpath "$tools_cp" -- "$@"
}
