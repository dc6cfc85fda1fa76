package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreApiTest {

    @Test
    void functionsThenEventLogsInIconTypeNames() throws Exception {
        List<Map<String, Object>> api = ScoreApi.of(ScoreCode.prepare(ArchiveBuilder.archive("com.example.ApiScore")));

        assertEquals(List.of(
                "{\"inputs\":[{\"name\":\"_owner\",\"type\":\"Address\"}],\"name\":\"balanceOf\","
                        + "\"outputs\":[{\"type\":\"int\"}],\"readonly\":\"0x1\",\"type\":\"function\"}",
                "{\"inputs\":[{\"name\":\"memo\",\"type\":\"str\"},{\"default\":null,\"name\":\"_data\",\"type\":\"bytes\"}],"
                        + "\"name\":\"deposit\",\"outputs\":[],\"payable\":\"0x1\",\"type\":\"function\"}",
                "{\"inputs\":[{\"name\":\"spenders\",\"type\":\"[]Address\"},{\"name\":\"all\",\"type\":\"bool\"},"
                        + "{\"name\":\"limit\",\"type\":\"int\"},{\"name\":\"count\",\"type\":\"int\"},"
                        + "{\"name\":\"mark\",\"type\":\"int\"}],\"name\":\"approve\",\"outputs\":[],\"type\":\"function\"}",
                "{\"inputs\":[{\"name\":\"owners\",\"type\":\"[]Address\"},{\"name\":\"filter\",\"type\":\"dict\"}],"
                        + "\"name\":\"names\",\"outputs\":[{\"type\":\"list\"}],\"readonly\":\"0x1\",\"type\":\"function\"}",
                "{\"inputs\":[],\"name\":\"totals\",\"outputs\":[{\"type\":\"dict\"}],\"readonly\":\"0x1\","
                        + "\"type\":\"function\"}",
                "{\"inputs\":[],\"name\":\"active\",\"outputs\":[{\"type\":\"bool\"}],\"readonly\":\"0x1\","
                        + "\"type\":\"function\"}",
                "{\"inputs\":[{\"indexed\":\"0x1\",\"name\":\"owner\",\"type\":\"Address\"},"
                        + "{\"indexed\":\"0x1\",\"name\":\"spender\",\"type\":\"Address\"},"
                        + "{\"name\":\"value\",\"type\":\"int\"},{\"name\":\"all\",\"type\":\"bool\"}],"
                        + "\"name\":\"Approval\",\"type\":\"eventlog\"}"),
                api.stream().map(CanonicalJson::write).toList());
    }

    @Test
    void keysKeepIconsOrder() throws Exception {
        List<Map<String, Object>> api = ScoreApi.of(ScoreCode.prepare(ArchiveBuilder.archive("com.example.ApiScore")));

        assertEquals(List.of("type", "name", "inputs", "outputs", "readonly"), List.copyOf(api.get(0).keySet()));
        assertEquals(List.of("type", "name", "inputs", "outputs", "payable"), List.copyOf(api.get(1).keySet()));
        List<?> depositInputs = (List<?>) api.get(1).get("inputs");
        assertEquals(List.of("name", "type", "default"), List.copyOf(((Map<?, ?>) depositInputs.get(1)).keySet()));
        assertEquals(List.of("type", "name", "inputs"), List.copyOf(api.get(6).keySet()));
    }

    @Test
    void superclassFunctionsFollowTheContractsOwn() throws Exception {
        List<Map<String, Object>> api = ScoreApi.of(Contracts.counterCode());

        assertEquals(List.of("installs", "count", "installer", "ticks", "increment", "failAfterWrite", "requireFalse",
                "throwIllegalState", "writeInReadOnly", "swallowReadOnlyWrite", "name", "Incremented"),
                api.stream().map(entry -> entry.get("name")).toList());
        assertEquals("{\"inputs\":[{\"name\":\"code\",\"type\":\"int\"}],\"name\":\"failAfterWrite\",\"outputs\":[],"
                + "\"type\":\"function\"}", CanonicalJson.write(api.get(5)));
        assertEquals("{\"inputs\":[{\"indexed\":\"0x1\",\"name\":\"by\",\"type\":\"Address\"},"
                + "{\"name\":\"amount\",\"type\":\"int\"}],\"name\":\"Incremented\",\"type\":\"eventlog\"}",
                CanonicalJson.write(api.get(11)));
    }
}
