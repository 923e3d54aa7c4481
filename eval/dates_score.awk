# Scores document dates against eval/pages/answers.tsv.
# Input 1: answers.tsv (file, date, split, url, evidence).
# Input 2: "file<TAB>date" lines from the knowledge base (date empty: undated).
# Prints right / none / wrong per split, and with -v list=1 each miss.
BEGIN { FS = "\t" }
FNR == NR {
  if (FNR > 1) { want[$1] = $2; split_of[$1] = $3; splits[$3] = 1 }
  next
}
{ got[$1] = $2 }
END {
  for (f in want) {
    s = split_of[f]
    d = (f in got) ? got[f] : ""
    if (d == "" && want[f] == "none") { right[s]++; verdict = "right" }
    else if (d == want[f]) { right[s]++; verdict = "right" }
    else if (d == "") { none[s]++; verdict = "none" }
    else { wrong[s]++; verdict = "wrong" }
    total[s]++
    if (list && verdict != "right" && (only == "" || only == s))
      printf "  %-5s %s %s: want %s, got %s\n", s, verdict, f, want[f], d == "" ? "none" : d
  }
  order[1] = "dev"; order[2] = "test"
  for (i = 1; i <= 2; i++) {
    s = order[i]
    if (!(s in splits)) continue
    printf "%-5s %3d pages: %3d right, %3d none, %3d wrong\n", s, total[s], right[s] + 0, none[s] + 0, wrong[s] + 0
  }
}
