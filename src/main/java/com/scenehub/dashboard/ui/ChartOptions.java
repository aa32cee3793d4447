package com.scenehub.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small builders of ECharts options as JSON text; every label is escaped, never HTML. */
final class ChartOptions {

    private ChartOptions() {
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartOptions::quote).collect(Collectors.joining(",", "[", "]"));
    }

    private static String numbers(List<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    /** A bar chart with one bar series per entry of {@code series} (name → values per category). */
    static String bars(String title, List<String> categories, Map<String, List<? extends Number>> series) {
        String s = series.entrySet().stream().map(e -> "{\"type\":\"bar\",\"name\":" + quote(e.getKey())
                + ",\"data\":" + numbers(e.getValue()) + ",\"label\":{\"show\":true,\"position\":\"top\"}}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"title\":{\"text\":" + quote(title) + ",\"left\":\"center\",\"textStyle\":{\"fontSize\":14}},"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0,\"show\":" + (series.size() > 1) + "},"
                + "\"grid\":{\"left\":50,\"right\":20,\"top\":64,\"bottom\":" + (series.size() > 1 ? 60 : 30)
                + ",\"containLabel\":true},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + strings(categories)
                + ",\"axisLabel\":{\"interval\":0,\"rotate\":" + (categories.size() > 4 ? 20 : 0) + "}},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":" + s + "}";
    }

    /** A funnel of the pipeline steps. */
    static String funnel(String title, List<String> steps, List<? extends Number> values) {
        StringBuilder data = new StringBuilder("[");
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                data.append(',');
            }
            data.append("{\"name\":").append(quote(steps.get(i))).append(",\"value\":").append(values.get(i)).append('}');
        }
        data.append(']');
        return "{\"title\":{\"text\":" + quote(title) + ",\"left\":\"center\",\"textStyle\":{\"fontSize\":14}},"
                + "\"tooltip\":{\"trigger\":\"item\"},\"series\":[{\"type\":\"funnel\",\"sort\":\"none\",\"top\":40,"
                + "\"bottom\":10,\"minSize\":\"10%\",\"label\":{\"show\":true,\"formatter\":\"{b}: {c}\"},\"data\":"
                + data + "}]}";
    }

    /** A pie (doughnut) chart. */
    static String pie(String title, Map<String, ? extends Number> values) {
        String data = values.entrySet().stream().map(e -> "{\"name\":" + quote(e.getKey()) + ",\"value\":"
                + e.getValue() + "}").collect(Collectors.joining(",", "[", "]"));
        return "{\"title\":{\"text\":" + quote(title) + ",\"left\":\"center\",\"textStyle\":{\"fontSize\":14}},"
                + "\"tooltip\":{\"trigger\":\"item\"},\"legend\":{\"bottom\":0},"
                + "\"series\":[{\"type\":\"pie\",\"radius\":[\"35%\",\"62%\"],\"center\":[\"50%\",\"50%\"],"
                + "\"label\":{\"formatter\":\"{b}: {c}\"},\"data\":" + data + "}]}";
    }
}
