package com.scenehub.opendata;

import java.util.stream.Collector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Collects JSON nodes into an array node (test helper). */
final class JsonMapperHelper {

    private JsonMapperHelper() {
    }

    static Collector<JsonNode, ArrayNode, ArrayNode> toArray(JsonMapper mapper) {
        return Collector.of(mapper::createArrayNode, ArrayNode::add, (a, b) -> {
            a.addAll(b);
            return a;
        });
    }
}
