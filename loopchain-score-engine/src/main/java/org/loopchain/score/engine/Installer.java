package org.loopchain.score.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs the archive in a block's overlay when the install record is absent or names another
 * archive: runs the constructor (metered, caller = owner, parameters from the settings by name)
 * and stores the record with the instance's field snapshot. A failed install keeps nothing.
 */
final class Installer {

    private final ScoreCode code;
    private final ScoreSettings settings;

    Installer(ScoreCode code, ScoreSettings settings) {
        this.code = code;
        this.settings = settings;
    }

    /** The record the block's calls restore from; a failure (code 1) if the install failed. */
    InstallRecord ensureInstalled(CallContext context, StateOverlay blockOverlay, CoinOverlay blockCoin) {
        InstallRecord record = InstallRecord.read(blockOverlay);
        if (record != null && record.installs(code.archive())) {
            return record;
        }
        return install(context, blockOverlay, blockCoin);
    }

    /** Runs the constructor and stores the record whatever the install record names (a deploy, or an update with the same jar). */
    InstallRecord install(CallContext context, StateOverlay blockOverlay, CoinOverlay blockCoin) {
        StateOverlay overlay = blockOverlay.child();
        CoinOverlay coin = blockCoin.child();
        Invocation.Result result = Invocation.run(context, overlay, coin, settings.stepLimit(), this::construct);
        if (!result.succeeded()) {
            throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "install failed: " + result.message());
        }
        ScoreArchive archive = code.archive();
        InstallRecord installed = new InstallRecord(archive.id(), archive.version(), archive.sha256(),
                (byte[]) result.value());
        overlay.put(InstallRecord.KEY, installed.encode());
        overlay.mergeInto(blockOverlay);
        coin.mergeInto(blockCoin);
        return installed;
    }

    private Object construct() throws ReflectiveOperationException {
        Constructor<?> constructor = code.constructor();
        List<String> names = code.constructorParameterNames();
        List<Type> types = new ArrayList<>();
        for (Parameter parameter : constructor.getParameters()) {
            types.add(parameter.getParameterizedType());
        }
        Object[] args = ParameterBinding.bind(names, types, code.constructorOptional(), settings.installParams());
        Object instance = constructor.newInstance(args);
        return FieldSnapshot.take(instance, FieldSnapshot.classesOf(code.archive()));
    }
}
