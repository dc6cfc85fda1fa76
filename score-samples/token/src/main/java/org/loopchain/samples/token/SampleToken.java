package org.loopchain.samples.token;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import score.Address;
import score.Context;
import score.DictDB;
import score.VarDB;
import score.annotation.EventLog;
import score.annotation.External;
import score.annotation.Optional;

/**
 * An IRC2 fungible token as ICON's {@code IRC2Basic}/{@code SampleToken}: at the first install the owner gets
 * {@code _initialSupply × 10^_decimals} (a {@code Transfer} from the zero address, data "mint"); an update
 * (the constructor runs again for a new version) keeps the supply and the balances;
 * holders transfer it; every move emits {@code Transfer}. Unlike IRC2Basic, a transfer to a
 * {@code cx…} address does not call its {@code tokenFallback}: loopchain runs one SCORE per channel.
 */
public class SampleToken {

    private final String name;
    private final String symbol;
    private final int decimals;
    private final VarDB<BigInteger> totalSupply = Context.newVarDB("totalSupply", BigInteger.class);
    private final DictDB<Address, BigInteger> balances = Context.newDictDB("balances", BigInteger.class);

    public SampleToken(String _name, String _symbol, int _decimals, BigInteger _initialSupply) {
        Context.require(_name != null && !_name.isEmpty(), "name must not be empty");
        Context.require(_symbol != null && !_symbol.isEmpty(), "symbol must not be empty");
        Context.require(_decimals >= 0 && _decimals <= 21, "decimals must be between 0 and 21");
        Context.require(_initialSupply != null && _initialSupply.signum() >= 0, "initial supply must not be negative");
        this.name = _name;
        this.symbol = _symbol;
        this.decimals = _decimals;
        if (totalSupply.get() != null) {
            return; // an update of an installed token: the supply was minted at the first install
        }
        BigInteger supply = _initialSupply.multiply(BigInteger.TEN.pow(_decimals));
        Address owner = Context.getCaller();
        totalSupply.set(supply);
        balances.set(owner, supply);
        Transfer(new Address(new byte[Address.LENGTH]), owner, supply, "mint".getBytes(StandardCharsets.UTF_8));
    }

    @External(readonly = true)
    public String name() {
        return name;
    }

    @External(readonly = true)
    public String symbol() {
        return symbol;
    }

    @External(readonly = true)
    public int decimals() {
        return decimals;
    }

    @External(readonly = true)
    public BigInteger totalSupply() {
        return totalSupply.getOrDefault(BigInteger.ZERO);
    }

    @External(readonly = true)
    public BigInteger balanceOf(Address _owner) {
        return balances.getOrDefault(_owner, BigInteger.ZERO);
    }

    @External
    public void transfer(Address _to, BigInteger _value, @Optional byte[] _data) {
        Address from = Context.getCaller();
        Context.require(_value.signum() >= 0, "_value must not be negative");
        BigInteger fromBalance = balanceOf(from);
        Context.require(fromBalance.compareTo(_value) >= 0, "insufficient balance");
        balances.set(from, fromBalance.subtract(_value));
        balances.set(_to, balanceOf(_to).add(_value));
        Transfer(from, _to, _value, _data == null ? new byte[0] : _data);
    }

    @EventLog(indexed = 3)
    public void Transfer(Address _from, Address _to, BigInteger _value, byte[] _data) {
    }
}
