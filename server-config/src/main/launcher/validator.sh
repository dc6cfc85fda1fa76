# shellcheck shell=bash
# ./loopchain validator: a channel's validators on the local network (README, "Validator changes").
# A change (add, remove, reweight) is signed by more than half of the channel's admins
# (channel_manage_data.json "admins", else its SCORE "operators"; ./loopchain up writes the work dir's
# operator key there) and submitted to a running peer (POST /api/v1/validators); the chain orders it
# and it takes effect two heights after the block that commits it. The work is Java's:
# org.loopchain.tools.ValidatorConfigMain (loopchain-core's ValidatorConfigCommand). Sourced, never run.

validator_usage() {
  cat <<EOF
usage: ./loopchain validator list [--channel C]
       ./loopchain validator add PEER_ID PUBLIC_KEY [--weight N] [--group G] [--channel C] [--key ADMIN_KEY]...
       ./loopchain validator remove PEER_ID [--channel C] [--key ADMIN_KEY]...
       ./loopchain validator weight PEER_ID N [--channel C] [--key ADMIN_KEY]...
       ./loopchain validator sign --key ADMIN_KEY... < change.json > signed.json
  --key defaults to the operator key ($(score_operator_key_file)); give it once per admin who signs
EOF
}

# validator_java ARGS...: org.loopchain.tools.ValidatorConfigMain.
validator_java() {
  tools_java ValidatorConfigMain "$@"
}

cmd_validator() {
  local action=${1:-help}
  [ $# -gt 0 ] && shift
  local channel=$CHANNEL weight="" group="" keys=() args=() peer port
  while [ $# -gt 0 ]; do
    case $1 in
      --channel) channel=${2:?--channel needs a name}; shift 2 ;;
      --weight) weight=${2:?--weight needs a number}; shift 2 ;;
      --group) group=${2:?--group needs a name}; shift 2 ;;
      --key) keys+=("${2:?--key needs a file}"); shift 2 ;;
      *) args+=("$1"); shift ;;
    esac
  done
  [ ${#keys[@]} -gt 0 ] || keys=("$(score_operator_key_file)")
  case $action in
    help | -h | --help) validator_usage; return 0 ;;
    sign) validator_java sign "${keys[@]}"; return ;;
  esac
  read -r peer host port <<<"$(score_running_peer)"
  [ -n "$port" ] || exit 1
  case $action in
    list) validator_java list "$host" "$port" "$channel" ;;
    add)
      [ ${#args[@]} -eq 2 ] || { validator_usage >&2; exit 1; }
      validator_java submit "$host" "$port" "$channel" add "${args[0]}" "${weight:-1}" "${args[1]}" "$group" "${keys[@]}" ;;
    remove)
      [ ${#args[@]} -eq 1 ] || { validator_usage >&2; exit 1; }
      validator_java submit "$host" "$port" "$channel" remove "${args[0]}" "" "" "" "${keys[@]}" ;;
    weight)
      [ ${#args[@]} -eq 2 ] || { validator_usage >&2; exit 1; }
      validator_java submit "$host" "$port" "$channel" weight "${args[0]}" "${args[1]}" "" "" "${keys[@]}" ;;
    *) validator_usage >&2; exit 1 ;;
  esac
  echo "    (through $peer)"
}
