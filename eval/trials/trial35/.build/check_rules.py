import json, re, glob, os, hashlib
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CJK={'th-TH','ja-JP','zh-Hant','zh-TW','zh-Hant-TW'}
bad=0
for jp in sorted(glob.glob(ROOT+'/.build/[0-9][0-9].json')):
    nn=os.path.basename(jp)[:2]; m=json.load(open(jp))
    key=hashlib.sha1(m['url'].encode()).hexdigest()[:16]
    txt=re.sub(r'\s+',' ',open(f'{ROOT}/pages_txt/{key}.txt',encoding='utf-8').read())
    size=os.path.getsize(f'{ROOT}/.build/{nn}.html')
    if not 8192<=size<=20480: print(nn,'SIZE',size); bad+=1
    for k in ('with','without'):
        for s in m[k]:
            c=txt.count(s)
            if m['lang'] in CJK: n=len(s); ok=8<=n<=30; unit='chars'
            else: n=len(s.split()); ok=4<=n<=12; unit='words'
            if c!=1 or not ok:
                bad+=1; print(nn,k,'count',c,n,unit,repr(s))
print('problems:',bad)
