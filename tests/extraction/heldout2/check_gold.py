"""Checks that gold.jsonl parses and that every statement start and meeting name appears verbatim in its document.
Usage: python tests/extraction/heldout2/check_gold.py tests/extraction/heldout2"""
import json, os, sys
d = sys.argv[1]
n = bad = 0
for line in open(os.path.join(d, 'gold.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    text = open(os.path.join(d, r['file']), encoding='utf-8').read()
    for key in ('file', 'date', 'meetings', 'participants', 'quotes', 'topics'):
        assert key in r, (r['file'], key)
    for m in r['meetings']:
        assert set(m) == {'name', 'ordinal', 'date', 'virtual', 'location'}
        if m['name'] not in text: print('MEETING NAME NOT VERBATIM', r['file'], m['name']); bad += 1
    for q in r['quotes']:
        n += 1
        assert set(q) == {'start', 'speaker', 'cue', 'kind'} and q['kind'] in ('quote', 'reported')
        if q['start'] not in text: print('NOT VERBATIM', r['file'], q['start']); bad += 1
        if len(q['start'].split()) > 8: print('TOO LONG', r['file'], q['start']); bad += 1
print(n, 'statements checked,', bad, 'problems')
