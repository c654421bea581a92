#!/usr/bin/env bash
# Regenerates the demo lesson clips shipped in src/local/seed/media/ (12 s, 640x360, H.264 + AAC,
# ~100 KB each). Needs Debian's ffmpeg and fonts-dejavu-core; the clips are committed, so neither
# `npm start` nor CI runs this.
set -euo pipefail
cd "$(dirname "$0")/../src/local/seed/media"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
for spec in guitar:0x8e24aa:196 piano:0x1e88e5:262 drums:0xe53935:110 bass:0x00897b:82 \
            voice:0xf4511e:330 violin:0x6d4c41:440 ukulele:0x43a047:392 saxophone:0xfdd835:233; do
  IFS=: read -r name color freq <<< "$spec"
  label="${name^} lesson"
  ffmpeg -loglevel error -y \
    -f lavfi -i "color=c=${color}:s=640x360:d=12:r=24" \
    -f lavfi -i "sine=frequency=${freq}:duration=12:beep_factor=2" \
    -vf "drawtext=fontfile=${font}:text='${label}':fontcolor=white:fontsize=44:x=(w-text_w)/2:y=(h-text_h)/2-30,drawtext=fontfile=${font}:text='Lessonstage demo  %{pts\:hms}':fontcolor=white@0.85:fontsize=24:x=(w-text_w)/2:y=(h/2)+40" \
    -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 32 -preset veryslow \
    -c:a aac -b:a 48k -ac 1 -movflags +faststart -shortest "${name}.mp4"
done
