#!/usr/bin/env bash
# Regenerates the demo lesson clips shipped in src/local/seed/media/ (640x360, H.264 baseline +
# AAC). Needs Debian's ffmpeg and fonts-dejavu-core; the clips are committed, so neither
# `npm start` nor CI runs this.
#  - <instrument>.mp4: 12 s of colour, title and a tone (~100 KB), for lessons without a score.
#  - <exercise>.mp4: a demo exercise (src/local/seed/scores/demo-exercises.ts) as heard: its
#    WAV and alphaTex are written from that data by write-demo-scores.ts, and the picture counts
#    in and shows the bar and beat the audio is on, from the same tempo.
# Usage: make-demo-videos.sh [all|tones|scores] (default all).
set -euo pipefail
backend="$(cd "$(dirname "$0")/.." && pwd)"
media="${backend}/src/local/seed/media"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
what="${1:-all}"
encode=(-nostdin -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 32 -preset veryslow -c:a aac -b:a 48k -ac 1 -movflags +faststart -shortest)

cd "${media}"
[[ "${what}" == scores ]] || for spec in guitar:0x8e24aa:196 piano:0x1e88e5:262 drums:0xe53935:110 bass:0x00897b:82 \
            voice:0xf4511e:330 violin:0x6d4c41:440 ukulele:0x43a047:392 saxophone:0xfdd835:233; do
  IFS=: read -r name color freq <<< "$spec"
  label="${name^} lesson"
  ffmpeg -loglevel error -y \
    -f lavfi -i "color=c=${color}:s=640x360:d=12:r=24" \
    -f lavfi -i "sine=frequency=${freq}:duration=12:beep_factor=2" \
    -vf "drawtext=fontfile=${font}:text='${label}':fontcolor=white:fontsize=44:x=(w-text_w)/2:y=(h-text_h)/2-30,drawtext=fontfile=${font}:text='Lessonstage demo  %{pts\:hms}':fontcolor=white@0.85:fontsize=24:x=(w-text_w)/2:y=(h/2)+40" \
    "${encode[@]}" "${name}.mp4"
done

[[ "${what}" == tones ]] && exit 0
wavs="$(mktemp -d)"
trap 'rm -rf "${wavs}"' EXIT
declare -A colors=([guitar-blues-riff]=0x8e24aa [piano-scale-study]=0x1e88e5 [drums-rock-groove]=0xe53935)
(cd "${backend}" && npx tsx scripts/demo-audio/write-demo-scores.ts "${wavs}") > "${wavs}/specs.tsv"
while IFS=$'\t' read -r id title tempo bar lead bars seconds; do
  beat="(${bar}/4)"
  end="(${lead}+${bars}*${bar})"
  # Bar and beat are 1-based on screen, as alphaTab numbers bars; the count-in is bar "0".
  counting="drawtext=fontfile=${font}:text='Count-in %{eif\:floor(t/${beat})+1\:d}':enable='lt(t,${lead})'"
  playing="drawtext=fontfile=${font}:text='Bar %{eif\:floor((t-${lead})/${bar})+1\:d} of ${bars}   beat %{eif\:mod(floor((t-${lead})/${beat}),4)+1\:d}':enable='gte(t,${lead})*lt(t,${end})'"
  ffmpeg -loglevel error -y \
    -f lavfi -i "color=c=${colors[$id]}:s=640x360:d=${seconds}:r=24" \
    -i "${wavs}/${id}.wav" \
    -vf "drawtext=fontfile=${font}:text='${title}':fontcolor=white:fontsize=40:x=(w-text_w)/2:y=(h/2)-80,drawtext=fontfile=${font}:text='${tempo} BPM  4/4':fontcolor=white@0.85:fontsize=24:x=(w-text_w)/2:y=(h/2)-20,${counting}:fontcolor=white:fontsize=36:x=(w-text_w)/2:y=(h/2)+30,${playing}:fontcolor=white:fontsize=36:x=(w-text_w)/2:y=(h/2)+30" \
    "${encode[@]}" "${id}.mp4"
done < "${wavs}/specs.tsv"
ls -l "${media}"
