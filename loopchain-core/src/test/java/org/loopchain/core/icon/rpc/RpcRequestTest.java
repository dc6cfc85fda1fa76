package org.loopchain.core.icon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopchain.core.json.Json;

class RpcRequestTest {

    private static int code(Runnable r) {
        return assertThrows(RpcError.class, r::run).code();
    }

    @Test
    void aSingleRequestIsReadWithItsIdAndParams() {
        RpcRequest.Body body = RpcRequest.body("{\"jsonrpc\": \"2.0\", \"method\": \"icx_getBalance\", \"id\": 7, "
                + "\"params\": {\"address\": \"hx00\"}}");
        assertFalse(body.batch());
        RpcRequest r = RpcRequest.of(body.elements().get(0));
        assertEquals("icx_getBalance", r.method());
        assertEquals(7L, ((Number) r.id()).longValue());
        assertEquals(Map.of("address", "hx00"), r.params());
        assertEquals("{\"jsonrpc\": \"2.0\", \"result\": \"0x1\", \"id\": 7}", Json.pyDumps(r.reply("0x1")));
    }

    @Test
    void malformedJsonIsAParseError() {
        assertEquals(RpcError.PARSE_ERROR, code(() -> RpcRequest.body("{\"jsonrpc\": ")));
        assertEquals(400, new RpcError(RpcError.PARSE_ERROR, "").httpStatus());
    }

    @Test
    void aBatchHoldsOneToAHundredRequests() {
        assertTrue(RpcRequest.body("[{}]").batch());
        assertEquals(RpcError.INVALID_REQUEST, code(() -> RpcRequest.body("[]")));
        assertEquals(RpcError.INVALID_REQUEST, code(() -> RpcRequest.body("[" + "{},".repeat(100) + "{}]")));
        assertEquals(RpcError.INVALID_REQUEST, code(() -> RpcRequest.body("\"icx_getLastBlock\"")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"method\": \"m\", \"id\": 1}|-32600",
        "{\"jsonrpc\": \"1.0\", \"method\": \"m\", \"id\": 1}|-32600",
        "{\"jsonrpc\": \"2.0\", \"id\": 1}|-32600",
        "{\"jsonrpc\": \"2.0\", \"method\": 5, \"id\": 1}|-32600",
        "{\"jsonrpc\": \"2.0\", \"method\": \"m\", \"id\": {}}|-32600",
        "{\"jsonrpc\": \"2.0\", \"method\": \"m\", \"id\": 1, \"extra\": 1}|-32600",
        "{\"jsonrpc\": \"2.0\", \"method\": \"m\", \"id\": 1, \"params\": [1]}|-32602"})
    void aRequestOutsideJsonRpcIsRefused(String text, int expected) {
        Object element = Json.parse(text);
        assertEquals(expected, code(() -> RpcRequest.of(element)));
    }

    @Test
    void anErrorReplyCarriesTheIdWhenItCanBeRead() {
        Map<String, Object> reply = RpcRequest.error(RpcRequest.idOf(Json.parse("{\"id\": \"a\"}")),
                RpcError.invalidParams("bad"));
        assertEquals("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32602, \"message\": \"bad\"}, \"id\": \"a\"}", Json.pyDumps(reply));
    }
}
