package watch.safeguarding.catalog.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hex cartogram of the current councils, from the layout resource {@code maps/hex-layout.csv} (GSS code, column,
 * row): pointy-top hexagons, odd rows shifted half a hexagon right. Geometry only; which colour each gets is the caller's.
 */
public final class HexMap {

    public record Cell(String code, int col, int row) {
    }

    /** A hexagon ready to draw: its corners as an SVG points list and its centre. */
    public record Hex(String code, String points, double x, double y) {
    }

    static final double RADIUS = 10;
    private static final double WIDTH = Math.sqrt(3) * RADIUS;
    private static final double PAD = 2;

    private final List<Cell> cells;

    HexMap(List<Cell> cells) {
        Set<String> codes = new HashSet<>();
        Set<Long> places = new HashSet<>();
        for (Cell cell : cells) {
            if (!codes.add(cell.code()) || !places.add(((long) cell.col() << 32) | cell.row())) {
                throw new IllegalArgumentException("hex layout: " + cell + " repeats a council or a cell");
            }
        }
        this.cells = List.copyOf(cells);
    }

    public static HexMap bundled() {
        try (InputStream in = HexMap.class.getResourceAsStream("/maps/hex-layout.csv")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HexMap parse(List<String> lines) {
        List<Cell> cells = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("gss_code")) {
                continue;
            }
            String[] parts = line.split(",");
            cells.add(new Cell(parts[0].trim(), Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim())));
        }
        return new HexMap(cells);
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<Hex> hexes() {
        return cells.stream().map(HexMap::hex).toList();
    }

    public double width() {
        return cells.stream().mapToDouble(c -> centreX(c) + WIDTH / 2).max().orElse(0) + PAD;
    }

    public double height() {
        return cells.stream().mapToDouble(c -> centreY(c) + RADIUS).max().orElse(0) + PAD;
    }

    private static Hex hex(Cell cell) {
        double x = centreX(cell);
        double y = centreY(cell);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            points.append(i == 0 ? "" : " ").append(format(x + RADIUS * Math.cos(angle))).append(',').append(format(y + RADIUS * Math.sin(angle)));
        }
        return new Hex(cell.code(), points.toString(), x, y);
    }

    private static double centreX(Cell cell) {
        return PAD + WIDTH / 2 + (cell.col() + ((cell.row() & 1) == 1 ? 0.5 : 0)) * WIDTH;
    }

    private static double centreY(Cell cell) {
        return PAD + RADIUS + cell.row() * 1.5 * RADIUS;
    }

    /** One decimal, as an SVG coordinate; by hand because String.format was a tenth of a council page's time. */
    static String format(double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        return (value < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }
}
