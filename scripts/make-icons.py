"""Draws the toolbar and notification icons (a clock face on an orange disc) as PNGs, without dependencies."""
import math, struct, zlib

def png(size):
    rows = []
    c = (size - 1) / 2
    r = size * 0.47
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            d = math.hypot(x - c, y - c)
            alpha = max(0.0, min(1.0, r - d + 0.5))
            colour = (232, 93, 4)
            # clock hands: to 12 and to 3, and a white rim
            hand_w = max(1.0, size / 14)
            on_hand = (abs(x - c) <= hand_w / 2 and c - r * 0.62 <= y <= c) or (abs(y - c) <= hand_w / 2 and c <= x <= c + r * 0.48)
            rim = r * 0.80 <= d <= r * 0.80 + hand_w
            if on_hand or rim:
                colour = (255, 255, 255)
            row += bytes(colour) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    chunk = lambda tag, data: struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data))
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

for size in (16, 32, 48, 128):
    with open(f'public/icons/{size}.png', 'wb') as f:
        f.write(png(size))
