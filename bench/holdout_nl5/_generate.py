#!/usr/bin/env python3
# Deterministic generator of hand-written test mail (standard library only).
# Run from anywhere: python3 _generate.py  -> writes *.eml and labels.csv next to this file.
# ===== HELPERS BEGIN =====
import base64, csv, hashlib, os, quopri, re, textwrap
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
STAGING = os.path.dirname(HERE)
ME = 'kinderpardonnu@gmail.com'
ME_FULL = 'KinderpardonNU <kinderpardonnu@gmail.com>'

MUNI = {}
with open(os.path.join(STAGING, 'letter_ids.csv'), newline='', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        MUNI[r['cbs_code']] = r

CET = timezone(timedelta(hours=2))   # CEST until 25 Oct 2026
CET_W = timezone(timedelta(hours=1))


def tz_for(dt):
    return CET if (dt.month, dt.day) < (10, 25) else CET_W


def D(s):
    """'2026-09-21 10:14' -> aware datetime in Dutch local time."""
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M')
    return dt.replace(tzinfo=tz_for(dt))


def when(code, date):
    """'+3m' / '+5h' relative to the letter (or '+R5h' relative to the reminder); else absolute."""
    mt = re.match(r'^\+(R?)(\d+)([mh])$', date)
    if not mt:
        return D(date)
    base = reminder_date(code) if mt.group(1) else letter_date(code)
    n = int(mt.group(2))
    return base + (timedelta(minutes=n) if mt.group(3) == 'm' else timedelta(hours=n))


def H(seed, n=10):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def muni(code):
    return MUNI[code]


def domain(code):
    g = MUNI[code]['general_email']
    return g.split('@')[1].lower() if g else None


def subject_of(code):
    return ('Verzoek om door te sturen aan de fractievoorzitters en de griffier van %s: '
            'motie Pleidooi voor gewortelde kinderen' % MUNI[code]['name'])


def letter_date(code):
    n = int(code[2:])
    day = 14 + n % 5
    return D('2026-09-%02d %02d:%02d' % (day, 9 + n % 3, (n * 7) % 60))


def reminder_date(code):
    return letter_date(code) + timedelta(days=14, hours=1)


def rfcdate(dt):
    return format_datetime(dt)


def pac(dt):
    """Google's Pacific-time header stamp."""
    u = dt.astimezone(timezone.utc)
    dst = u < datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)
    z = timezone(timedelta(hours=-7 if dst else -8))
    return rfcdate(u.astimezone(z)) + (' (PDT)' if dst else ' (PST)')


NL_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
NL_DAYS_SHORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
             'september', 'oktober', 'november', 'december']
NL_MON_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']


def nl_long(dt):
    return '%s %d %s %d %02d:%02d' % (NL_DAYS[dt.weekday()], dt.day, NL_MONTHS[dt.month - 1],
                                      dt.year, dt.hour, dt.minute)


def nl_gmail(dt):
    return '%s %d %s %d om %02d:%02d' % (NL_DAYS_SHORT[dt.weekday()], dt.day,
                                         NL_MON_SHORT[dt.month - 1], dt.year, dt.hour, dt.minute)


# --- the letter we sent ------------------------------------------------------------
with open(os.path.join(STAGING, 'letter_and_attachments.txt'), encoding='utf-8') as f:
    _raw = f.read()
_letter = _raw.split('Bijlage(n):')[0]
_paras = []
for block in re.split(r'\n\s*\n', _letter):
    lines = [l.strip() for l in block.splitlines() if l.strip() and l.strip() != 'Doorhalen']
    if lines:
        _paras.append(' '.join(lines).replace('  ', ' '))
LETTER_PARAS = _paras + ['Bijlage(n): Achtergrondinformatie kinderpardon.docx; Voorstel van motie kinderpardon.docx']
LETTER_TEXT = '\n\n'.join(LETTER_PARAS)


def letter_excerpt(n):
    return '\n\n'.join(LETTER_PARAS[:n])


def hdr(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok:
        # fold at whitespace
        out, line = [], name + ': '
        for w in value.split(' '):
            if len(line) + len(w) + 1 > 78 and line.strip() != name + ':':
                out.append(line.rstrip())
                line = ' ' + w + ' '
            else:
                line += w + ' '
        out.append(line.rstrip())
        return '\n'.join(out)
    return name + ': ' + Header(value, charset, header_name=name).encode(linesep='\n')


def addr(display, email, charset='utf-8'):
    if not display:
        return email
    try:
        display.encode('ascii')
        if re.search(r'[,.;:@()]', display):
            return '"%s" <%s>' % (display, email)
        return '%s <%s>' % (display, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(display, charset).encode(), email)


LATIN1_FIX = {0x2013: '-', 0x2014: '-', 0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"', 0x2026: '...', 0x20ac: 'EUR'}


def encode_body(text, charset, cte):
    if charset.lower() in ('iso-8859-1', 'us-ascii'):
        text = text.translate(LATIN1_FIX)
    b = text.encode(charset)
    if cte == 'base64':
        return base64.encodebytes(b).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(b).decode('ascii') + ('' if text.endswith('\n') else '\n')
    return text if text.endswith('\n') else text + '\n'


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', extra=None):
    h = ['Content-Type: %s; charset="%s"' % (ctype, charset),
         'Content-Transfer-Encoding: %s' % cte]
    if extra:
        h += extra
    return '\n'.join(h) + '\n\n' + encode_body(text, charset, cte)


def multipart(subtype, parts, boundary, params=''):
    s = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)
    body = ''
    for p in parts:
        body += '--%s\n%s\n' % (boundary, p.rstrip('\n'))
    body += '--%s--\n' % boundary
    return s + body


def html_escape(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def to_html_paras(text, pclass=None):
    out = []
    for p in text.split('\n\n'):
        inner = '<br>\n'.join(html_escape(l) for l in p.split('\n'))
        if pclass:
            out.append('<p class="%s">%s</p>' % (pclass, inner))
        else:
            out.append('<div>%s</div>\n<div><br></div>' % inner)
    return '\n'.join(out)


def docx_stub(seed):
    raw = b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00' + hashlib.sha256(seed.encode()).digest() * 24
    return base64.encodebytes(raw).decode('ascii')


def original_letter(code, rcpt=None, reminder=False, with_body=True):
    """The letter as it left Gmail (for returned-message parts)."""
    m = MUNI[code]
    rcpt = rcpt or m['general_email']
    dt = reminder_date(code) if reminder else letter_date(code)
    mid = m['reminder_message_id'] if reminder else m['letter_message_id']
    subj = subject_of(code)
    if reminder:
        subj = 'Herinnering: ' + subj
    b = 'kp' + H(code + 'letter', 24)
    h = ['Return-Path: <kinderpardonnu@gmail.com>',
         'Received: from DESKTOP-KPNU ([2a02:a466:3c2:1:b1e2:22f:9d0e:4a1]) by smtp.gmail.com with ESMTPSA id %s;' % H(code + 'esmtpsa', 18),
         '        %s' % pac(dt),
         'MIME-Version: 1.0',
         'From: ' + ME_FULL,
         'To: ' + rcpt]
    if m['tagged_reply_address'] and int(code[2:]) % 3 == 0:
        h.append('Reply-To: ' + m['tagged_reply_address'])
    h += [hdr('Subject', subj),
          'Date: ' + rfcdate(dt),
          'Message-ID: ' + mid,
          'Content-Type: multipart/mixed; boundary="%s"' % b]
    if not with_body:
        return '\n'.join(h) + '\n'
    body = '\n--%s\n' % b + leaf('text/plain', LETTER_TEXT, 'utf-8', 'quoted-printable')
    for name in ['Achtergrondinformatie kinderpardon.docx', 'Voorstel van motie kinderpardon.docx']:
        body += ('--%s\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n'
                 '\tname="%s"\nContent-Disposition: attachment; filename="%s"\n'
                 'Content-Transfer-Encoding: base64\n\n%s' % (b, name, name, docx_stub(code + name)))
    body += '--%s--\n' % b
    return '\n'.join(h) + '\n' + body


# --- message ids / received lines --------------------------------------------------
def mid_outlook(seed, dom=None):
    x = H(seed, 12).upper()
    return '<AM9PR0%sMB%s%s@AM9PR0%sMB%s.eurprd0%s.prod.outlook.com>' % (
        x[0] if x[0].isdigit() else '6', x[1:5], H(seed + 'x', 8).upper(), x[0] if x[0].isdigit() else '6', x[1:5], x[5] if x[5].isdigit() else '4')


def mid_gmail(seed):
    s = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:34]
    s = s.replace('/', '_').replace('+', '-')
    return '<CA%s@mail.gmail.com>' % s


def mid_generic(seed, dom):
    return '<%s.%s@%s>' % (H(seed, 16), H(seed + 'b', 6), dom)


def recv_gmail(dt, helo, ip):
    utc = dt.astimezone(timezone.utc)
    return ('Delivered-To: kinderpardonnu@gmail.com\n'
            'Received: by 2002:a05:7300:%s with SMTP id %s;\n        %s\n'
            'Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n'
            '        for <kinderpardonnu@gmail.com>\n'
            '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s\n'
            'Received-SPF: pass (google.com: domain of sender designates %s as permitted sender) client-ip=%s;\n'
            % (H(helo + str(utc), 4), H(helo + 'id', 10), pac(utc),
               helo, helo, ip, H(helo + 'esmtps' + str(utc), 20), pac(utc), ip, ip))


def recv_m365(dt, seed):
    ip = '52.101.%d.%d' % (int(H(seed, 2), 16) % 200 + 1, int(H(seed + 'i', 2), 16) % 250 + 1)
    return recv_gmail(dt, 'AM0PR02CU008.outbound.protection.outlook.com', ip) + \
        'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass; dmarc=pass action=none; dkim=pass\n'


# --- human replies -----------------------------------------------------------------
def quote_block_outlook_text(code, qdt, to_addr, subj, lang='nl'):
    if lang == 'en':
        return 'From: KinderpardonNU <kinderpardonnu@gmail.com>\nSent: %s\nTo: %s\nSubject: %s\n' % (
            qdt.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' '), to_addr, subj)
    return 'Van: KinderpardonNU <kinderpardonnu@gmail.com>\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n' % (
        nl_long(qdt), to_addr, subj)


def human(fname, code, frm, date, body, style='outlook', subj=None, to=None, irt='letter',
          quote='full', charset='utf-8', cte='quoted-printable', cc=None, extra=None,
          quoted_to=None, reply_prefix=None, html_cte=None, lang='nl'):
    """A person's reply. body = plain text of what the sender wrote (incl. signature)."""
    dt = D(date)
    m = MUNI[code] if code else None
    orig_subj = subject_of(code) if code else ''
    if irt == 'reminder':
        orig_subj = 'Herinnering: ' + orig_subj
    if subj is None:
        pfx = reply_prefix or ('RE: ' if style in ('outlook', 'owa') else 'Re: ')
        subj = pfx + orig_subj
    qdt = (reminder_date(code) if irt == 'reminder' else letter_date(code)) if code else dt
    quoted_to = quoted_to or (m['general_email'] if m else '')
    fd_name, fd_addr = frm
    dom = fd_addr.split('@')[1]
    seed = fname + fd_addr
    if style in ('outlook', 'owa'):
        msgid = mid_outlook(seed)
        rec = recv_m365(dt, seed)
    elif style == 'gmail':
        msgid = mid_gmail(seed)
        rec = recv_gmail(dt, 'mail-sor-f41.google.com', '209.85.220.41')
    else:
        msgid = mid_generic(seed, dom)
        rec = recv_gmail(dt, 'smtp.%s' % dom, '194.109.%d.%d' % (int(H(seed, 2), 16) % 250, int(H(seed + 'q', 2), 16) % 250))
    h = [rec.rstrip('\n')]
    h.append('From: ' + addr(fd_name, fd_addr, charset if charset != 'us-ascii' else 'utf-8'))
    h.append('To: ' + (to or ME_FULL))
    if cc:
        h.append(hdr('CC', cc))
    h.append(hdr('Subject', subj, 'utf-8' if charset == 'us-ascii' else charset))
    if style in ('outlook', 'owa'):
        topic = orig_subj if (orig_subj and orig_subj in subj) else re.sub(r'^(RE|Re|FW|Fwd|AW): ', '', subj)
        h.append(hdr('Thread-Topic', topic))
        h.append('Thread-Index: AQH%s' % base64.b64encode(H(seed, 24).encode()).decode()[:40])
    h.append('Date: ' + rfcdate(dt))
    h.append('Message-ID: ' + msgid)
    ref = None
    if code and irt == 'letter':
        ref = m['letter_message_id']
    elif code and irt == 'reminder':
        ref = m['letter_message_id'] + '\n ' + m['reminder_message_id']
    if ref:
        h.append('References: ' + ref)
        h.append('In-Reply-To: ' + ref.split()[-1])
    if style in ('outlook', 'owa'):
        h += ['Accept-Language: nl-NL, en-US', 'Content-Language: nl-NL',
              'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
              'x-ms-exchange-senderadcheck: 1',
              'x-ms-publictraffictype: Email']
        if style == 'outlook':
            h.append('X-Mailer: Microsoft Outlook 16.0')
    elif style == 'apple':
        h.append('X-Mailer: iPhone Mail (21G93)')
    elif style == 'thunderbird':
        h.append('User-Agent: Mozilla Thunderbird')
    if extra:
        h += extra
    h.append('MIME-Version: 1.0')

    # assemble quoted original
    qtext_plain = ''
    qhtml = ''
    qsrc = {'full': LETTER_TEXT, 'short': letter_excerpt(4), None: ''}[quote] if quote in ('full', 'short', None) else quote
    if quote:
        if style in ('outlook', 'owa'):
            blk = quote_block_outlook_text(code, qdt, quoted_to, orig_subj, lang)
            qtext_plain = '\n\n' + '_' * 32 + '\n' + blk + '\n' + qsrc + '\n'
            if style == 'outlook':
                qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                         '<p class="MsoNormal"><b><span lang="%s">%s</span></b><span lang="%s">'
                         % ('NL' if lang == 'nl' else 'EN-US', 'Van:' if lang == 'nl' else 'From:', 'NL' if lang == 'nl' else 'EN-US')
                         + html_escape(blk).replace('\n', '<br>\n').replace('Van: ', ' ', 1).replace('From: ', ' ', 1)
                         + '</span></p>\n</div>\n' + to_html_paras(qsrc, 'MsoNormal') + '\n')
            else:
                qhtml = ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                         '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                         + html_escape(blk).replace('\n', '<br>\n') + '</font>\n<div>&nbsp;</div>\n</div>\n'
                         + '<div>' + to_html_paras(qsrc) + '</div>\n')
        elif style == 'gmail':
            attr = 'Op %s schreef KinderpardonNU <%s>:' % (nl_gmail(qdt), ME) if lang == 'nl' else \
                'On %s, KinderpardonNU <%s> wrote:' % (qdt.strftime('%a, %b %d, %Y at %H:%M'), ME)
            qtext_plain = '\n\n' + attr + '\n\n' + '\n'.join('> ' + l if l else '>' for l in qsrc.split('\n')) + '\n'
            qhtml = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     + html_escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html_paras(qsrc) + '</blockquote></div>\n')
        elif style == 'apple':
            attr = 'Op %d %s %d om %02d:%02d heeft KinderpardonNU <%s> het volgende geschreven:' % (
                qdt.day, NL_MON_SHORT[qdt.month - 1] + '.', qdt.year, qdt.hour, qdt.minute, ME)
            qtext_plain = '\n\n' + attr + '\n\n' + '\n'.join('> ' + l if l else '>' for l in qsrc.split('\n')) + '\n'
        else:  # thunderbird / plain
            attr = 'Op %02d-%02d-%d om %02d:%02d schreef KinderpardonNU:' % (qdt.day, qdt.month, qdt.year, qdt.hour, qdt.minute)
            wrapped = []
            for p in qsrc.split('\n\n'):
                wrapped += textwrap.wrap(p, 72) + ['']
            qtext_plain = '\n\n' + attr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in wrapped[:-1]) + '\n'

    plain = body.rstrip('\n') + '\n' + qtext_plain
    b1 = '_000_' + H(seed, 16).upper() + 'AM9PR0'
    b2 = '000000000000' + H(seed, 12)
    if style == 'outlook':
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' % charset + to_html_paras(body.rstrip('\n'), 'MsoNormal')
                + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qhtml + '</div>\n</body>\n</html>\n')
        content = multipart('alternative', [leaf('text/plain', plain, charset, cte),
                                            leaf('text/html', html, charset, html_cte or cte)], b1)
    elif style == 'owa':
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                % charset + to_html_paras(body.rstrip('\n')) + '\n</div>\n' + qhtml + '</body>\n</html>\n')
        content = multipart('alternative', [leaf('text/plain', plain, charset, cte),
                                            leaf('text/html', html, charset, html_cte or cte)], b1)
    elif style == 'gmail':
        html = '<div dir="ltr">' + to_html_paras(body.rstrip('\n')) + '</div>' + qhtml
        content = multipart('alternative', [leaf('text/plain', plain, charset, cte),
                                            leaf('text/html', html, charset, html_cte or cte)], b2)
    elif style == 'html_only':
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body style="font-family:Arial;font-size:10pt">\n' % charset + to_html_paras(body.rstrip('\n'), 'x') + '\n</body></html>\n')
        content = leaf('text/html', html, charset, cte)
    elif style == 'apple':
        content = leaf('text/plain', plain, charset, cte)
    else:
        content = leaf('text/plain', plain, charset, cte, extra=None)
        if style == 'thunderbird':
            content = content.replace('charset="%s"' % charset, 'charset=%s; format=flowed' % charset, 1)
    return '\n'.join(h) + '\n' + content


# --- automatic replies ---------------------------------------------------------------
def autoreply(fname, code, frm, date, body, subj_prefix='Automatisch antwoord: ', irt='letter',
              kind='exchange', charset='utf-8', cte='quoted-printable', extra=None, to=None, html=True):
    dt = D(date)
    m = MUNI[code] if code else None
    orig = subject_of(code) if code else ''
    if irt == 'reminder':
        orig = 'Herinnering: ' + orig
    fd_name, fd_addr = frm
    seed = fname + fd_addr
    h = []
    if kind == 'exchange':
        h.append(recv_m365(dt, seed).rstrip('\n'))
        h.append('Return-Path: <>')
    else:
        h.append(recv_gmail(dt, 'mx1.%s' % fd_addr.split('@')[1], '185.%d.%d.%d' % (int(H(seed, 2), 16), int(H(seed, 4)[2:], 16), 17)).rstrip('\n'))
    h.append('From: ' + addr(fd_name, fd_addr))
    h.append('To: ' + (to or ME_FULL))
    h.append(hdr('Subject', subj_prefix + orig, charset))
    if kind == 'exchange':
        h.append(hdr('Thread-Topic', orig))
        h.append('Thread-Index: AQH%s' % base64.b64encode(H(seed, 24).encode()).decode()[:40])
    h.append('Date: ' + rfcdate(dt))
    h.append('Message-ID: ' + (mid_outlook(seed) if kind == 'exchange' else mid_generic(seed, fd_addr.split('@')[1])))
    if m and irt:
        ref = m['reminder_message_id'] if irt == 'reminder' else m['letter_message_id']
        h.append('References: ' + ref)
        h.append('In-Reply-To: ' + ref)
    if kind == 'exchange':
        h += ['Auto-Submitted: auto-generated', 'X-MS-Has-Attach:', 'X-Auto-Response-Suppress: All',
              'X-MS-Exchange-Inbox-Rules-Loop: ' + fd_addr, 'X-MS-TNEF-Correlator:',
              'x-ms-exchange-parent-message-id: ' + (m['letter_message_id'] if m else ''),
              'x-ms-exchange-generated-message-source: Mailbox Rules Agent',
              'Content-Language: nl-NL']
    if extra:
        h += extra
    h.append('MIME-Version: 1.0')
    if html:
        html_s = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
                  % charset + to_html_paras(body.rstrip('\n'), 'MsoNormal') + '\n</body>\n</html>\n')
        content = multipart('alternative', [leaf('text/plain', body, charset, cte), leaf('text/html', html_s, charset, cte)],
                            '_000_' + H(seed, 20).upper() + '_')
    else:
        content = leaf('text/plain', body, charset, cte)
    return '\n'.join(h) + '\n' + content


# --- bounces ---------------------------------------------------------------------------
def gmail_dsn(fname, code, date, rcpt=None, kind='nosuchuser', response='', lang='en', returned='full', reminder=False):
    dt = when(code, date)
    m = MUNI[code]
    rcpt = rcpt or m['general_email']
    rdom = rcpt.split('@')[1]
    seed = fname + rcpt
    delay = kind == 'delay'
    subj = 'Delivery Status Notification (%s)' % ('Delay' if delay else 'Failure')
    if lang == 'nl':
        subj = 'Status van bezorgingsmelding (%s)' % ('Vertraging' if delay else 'Mislukt')
    texts = {
        ('en', 'nosuchuser'): "\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n%s\n" % (rcpt, response),
        ('nl', 'nosuchuser'): "\n** Adres niet gevonden **\n\nJe bericht is niet bezorgd bij %s omdat het adres niet kan worden gevonden of geen e-mail kan ontvangen.\n\nMeer informatie: https://support.google.com/mail/?p=NoSuchUser\n\nHet antwoord van de externe server was:\n%s\n" % (rcpt, response),
        ('en', 'dns'): "\n** Address not found **\n\nYour message wasn't delivered to %s because the domain %s couldn't be found. Check for typos or unnecessary spaces and try again.\n\nLearn more here: https://support.google.com/mail/?p=BadRcptDomain\n\nThe response was:\n\nDNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN\nDomain name not found: %s\n" % (rcpt, rdom, rdom, rdom),
        ('en', 'policy'): "\n** Message blocked **\n\nYour message to %s has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n%s\n" % (rcpt, response),
        ('en', 'delay'): "\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n\nThe response from the remote server was:\n%s\n" % (rcpt, response),
        ('nl', 'delay'): "\n** Bericht nog niet bezorgd **\n\nEr is een tijdelijk probleem opgetreden bij het bezorgen van je bericht aan %s. Gmail probeert het nog 44 uur opnieuw. Je krijgt een melding als de bezorging definitief mislukt.\n\nHet antwoord van de externe server was:\n%s\n" % (rcpt, response),
    }
    text = texts[(lang, kind)]
    status = re.search(r'\b([245]\.\d{1,3}\.\d{1,3})\b', response or '')
    status = status.group(1) if status else ('4.4.7' if delay else '5.1.2' if kind == 'dns' else '5.0.0')
    html_s = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
              '<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n<tr><td>\n'
              + to_html_paras(text.strip()) + '\n</td></tr>\n</tbody></table>\n</body>\n</html>\n')
    b_out = '000000000000' + H(seed, 12) + 'a'
    b_alt = '000000000000' + H(seed, 12) + 'b'
    ds = ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; kinderpardonnu@gmail.com\n'
          'Arrival-Date: %s\nX-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\n'
          'Status: %s\n' % (pac(letter_date(code))[:-6], 
                            m['reminder_message_id'] if reminder else m['letter_message_id'], rcpt, 'delayed' if delay else 'failed', status))
    if kind != 'dns':
        mx = 'mx.%s' % rdom if 'protection.outlook' not in response else rdom.replace('.', '-') + '.mail.protection.outlook.com'
        ds += 'Remote-MTA: dns; %s. (52.101.73.%d, the server for the domain %s.)\nDiagnostic-Code: smtp; %s\n' % (
            mx, int(H(seed, 2), 16) % 250, rdom, ' '.join(l.strip() for l in response.splitlines()))
    else:
        ds += 'Diagnostic-Code: smtp; DNS Error: Domain name not found\n'
    ds += 'Last-Attempt-Date: %s\n' % pac(dt)[:-6]
    if delay:
        ds += 'Will-Retry-Until: %s\n' % pac(dt + timedelta(hours=45))[:-6]
    parts = [multipart('related', [multipart('alternative', [leaf('text/plain', text, 'UTF-8', '7bit'),
                                                             leaf('text/html', html_s, 'UTF-8', 'quoted-printable')], b_alt)],
                       b_alt + 'r'),
             'Content-Type: message/delivery-status\n\n' + ds]
    if returned == 'full':
        parts.append('Content-Type: message/rfc822\n\n' + original_letter(code, rcpt, reminder))
    else:
        parts.append('Content-Type: text/rfc822-headers\n\n' + original_letter(code, rcpt, reminder, with_body=False))
    h = [recv_gmail(dt, 'mail-sor-f69.google.com', '209.85.220.69').rstrip('\n'),
         'Return-Path: <>',
         'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
         'To: kinderpardonnu@gmail.com',
         'Auto-Submitted: auto-replied',
         'Subject: ' + subj,
         'References: ' + (m['reminder_message_id'] if reminder else m['letter_message_id']),
         'In-Reply-To: ' + (m['reminder_message_id'] if reminder else m['letter_message_id']),
         'X-Failed-Recipients: ' + rcpt,
         'Message-ID: <%s.BOUNCE@mx.google.com>' % H(seed, 24),
         'Date: ' + pac(dt)[:-6],
         'MIME-Version: 1.0']
    if delay:
        h.remove('X-Failed-Recipients: ' + rcpt)
    return '\n'.join(h) + '\n' + multipart('report', parts, b_out, '; report-type=delivery-status')


def o365_ndr(fname, code, date, rcpt=None, lang='nl', diag='', server='AM8PR09MB5186.eurprd09.prod.outlook.com',
             reason=None):
    dt = when(code, date)
    m = MUNI[code]
    rcpt = rcpt or m['general_email']
    rdom = rcpt.split('@')[1]
    seed = fname + rcpt
    subj = ('Onbestelbaar: ' if lang == 'nl' else 'Undeliverable: ') + subject_of(code)
    status = re.search(r'\b([245]\.\d{1,3}\.\d{1,3})\b', diag).group(1)
    if lang == 'nl':
        reason = reason or ('Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres '
                            'van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk '
                            'als het probleem zich blijft voordoen.')
        text = ('Bezorging is mislukt voor deze ontvangers of groepen:\n\n%s (%s)\n%s\n\n\n\n\n\n\n'
                'Diagnostische informatie voor beheerders:\n\nGenererende server: %s\n\n%s\nRemote Server returned \'%s\'\n\n'
                'Oorspronkelijke berichtkoppen:\n\n' % (rcpt, rcpt, reason, server, rcpt, diag))
    else:
        reason = reason or ("Your message to %s couldn't be delivered.\n%s wasn't found at %s." % (rcpt, rcpt.split('@')[0], rdom))
        text = ('%s\n\n\nkinderpardonnu     Office 365     %s\nAction Required                    Recipient\n\n\n\n'
                'How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n'
                '  *   Retype the recipient\'s address, then resend the message.\n\n\n\n'
                'Was this helpful? Send feedback to Microsoft.\n\n\n\n\nMore Info for Email Admins\nStatus code: %s\n\n'
                'Original Message Details\nCreated Date:   %s\nSender Address: kinderpardonnu@gmail.com\n'
                'Recipient Address:      %s\nSubject:        %s\n\nError Details\nError:  %s\nMessage rejected by:    %s\n\n'
                'Original message headers:\n\n' % (reason, rcpt.split('@')[0], status,
                                                   letter_date(code).astimezone(timezone.utc).strftime('%-m/%-d/%Y %-I:%M:%S %p'),
                                                   rcpt, subject_of(code), diag, server))
    text += original_letter(code, rcpt, with_body=False)
    b_out = H(seed, 8) + '-' + H(seed + '1', 4) + '-' + H(seed + '2', 4) + '-' + H(seed + '3', 4) + '-' + H(seed + '4', 12)
    ds = ('Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mail-wm1-f45.google.com\nArrival-Date: %s\n\n'
          'Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n'
          'Diagnostic-Code: smtp;%s\n' % (server, rfcdate(dt.astimezone(timezone.utc)).replace('+0000', '+0000'), rcpt, rcpt, status, diag))
    parts = [leaf('text/plain', text, 'utf-8' if lang == 'nl' else 'us-ascii', 'quoted-printable'),
             'Content-Type: message/delivery-status\n\n' + ds,
             'Content-Type: message/rfc822\n\n' + original_letter(code, rcpt)]
    h = [recv_m365(dt, seed).rstrip('\n'),
         'From: %s' % ('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>' % rdom),
         'To: <kinderpardonnu@gmail.com>',
         'Date: ' + rfcdate(dt.astimezone(timezone.utc)),
         'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b_out,
         'X-MS-Exchange-Message-Is-Ndr:',
         'Content-Language: %s' % ('nl-NL' if lang == 'nl' else 'en-US'),
         'Message-ID: <%s@%s>' % (H(seed + 'mid', 8) + '-' + H(seed, 4) + '-' + H(seed + 'z', 4), server),
         'In-Reply-To: ' + m['letter_message_id'],
         'References: ' + m['letter_message_id'],
         hdr('Subject', subj),
         'Auto-Submitted: auto-replied',
         'X-MS-PublicTrafficType: Email',
         'Return-Path: <>',
         'MIME-Version: 1.0']
    body = ''.join('--%s\n%s\n' % (b_out, p.rstrip('\n')) for p in parts) + '--%s--\n' % b_out
    return '\n'.join(h) + '\n\n' + body


def postfix_bounce(fname, code, date, host, rcpt=None, status='5.1.1', diag='', delayed=False, remote=None):
    dt = when(code, date)
    m = MUNI[code]
    rcpt = rcpt or m['general_email']
    seed = fname + rcpt
    qid = H(seed, 10).upper()
    b = '%s.%d/%s' % (qid, int(dt.timestamp()), host)
    remote = remote or 'mx-in.%s[145.%d.%d.%d]' % (rcpt.split('@')[1], int(H(seed, 2), 16) % 200, 12, int(H(seed, 4)[2:], 16))
    if delayed:
        subj = 'Delayed Mail (still being retried)'
        txt = ('This is the mail system at host %s.\n\n####################################################################\n'
               '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
               '####################################################################\n\n'
               'Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n'
               'For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n'
               'delete your own text from the attached returned message.\n\n                   The mail system\n\n'
               '<%s>: %s\n' % (host, rcpt, diag))
    else:
        subj = 'Undelivered Mail Returned to Sender'
        txt = ('This is the mail system at host %s.\n\nI\'m sorry to have to inform you that your message could not\n'
               'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
               'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
               '                   The mail system\n\n<%s>: %s\n' % (host, rcpt, diag))
    ds = ('Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; kinderpardonnu@gmail.com\n'
          'Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n'
          'Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n' % (
              host, qid, rfcdate(letter_date(code)), rcpt, rcpt, 'delayed' if delayed else 'failed', status,
              remote.split('[')[0], re.sub(r'^.*said: ', '', ' '.join(diag.split())).replace(' (in reply to RCPT TO command)', '').replace(' (in reply to end of DATA command)', '')))
    if delayed:
        ds += 'Will-Retry-Until: %s\n' % rfcdate(letter_date(code) + timedelta(days=5))
    parts = ['Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + txt,
             'Content-Description: %s\nContent-Type: message/delivery-status\n\n' % ('Delivery report' if not delayed else 'Delivery report') + ds,
             ('Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n' + original_letter(code, rcpt))
             if not delayed else ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n'
                                  + original_letter(code, rcpt, with_body=False))]
    h = [recv_gmail(dt, host, '185.%d.%d.%d' % (int(H(seed, 2), 16), int(H(seed, 4)[2:], 16), 4)).rstrip('\n'),
         'Return-Path: <>',
         'Received: by %s (Postfix)\n\tid %s; %s' % (host, qid, rfcdate(dt)),
         'Date: ' + rfcdate(dt),
         'From: MAILER-DAEMON@%s (Mail Delivery System)' % host,
         'Subject: ' + subj,
         'To: kinderpardonnu@gmail.com',
         'Auto-Submitted: auto-replied',
         'MIME-Version: 1.0',
         'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
         'Content-Transfer-Encoding: 8bit',
         'Message-Id: <%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), qid, host)]
    body = 'This is a MIME-encapsulated message.\n\n' + ''.join('--%s\n%s\n' % (b, p.rstrip('\n')) for p in parts) + '--%s--\n' % b
    return '\n'.join(h) + '\n\n' + body


def exim_bounce(fname, code, date, host, rcpt=None, diag='', warning=False, hours=4):
    dt = when(code, date)
    m = MUNI[code]
    rcpt = rcpt or m['general_email']
    seed = fname + rcpt
    eid = '1t%s-%s-%s' % (H(seed, 4), H(seed + 'a', 6), H(seed + 'b', 2))
    if warning:
        subj = 'Warning: message %s delayed %d hours' % (eid, hours)
        txt = ('This message was created automatically by mail delivery software.\n'
               'A message that you sent has not yet been delivered to one or more of its\n'
               'recipients after more than %d hours on the queue on %s.\n\n'
               'The message identifier is:     %s\nThe subject of the message is: %s\n'
               'The date of the message is:    %s\n\nThe address to which the message has not yet been delivered is:\n\n'
               '  %s\n    %s\n\nNo action is required on your part. Delivery attempts will continue for\n'
               'some time, and this warning may be repeated at intervals if the message\n'
               'remains undelivered. Eventually the mail delivery software will give up,\n'
               'and when that happens, the message will be returned to you.\n' % (
                   hours, host, eid, subject_of(code), rfcdate(letter_date(code)), rcpt, diag))
    else:
        subj = 'Mail delivery failed: returning message to sender'
        txt = ('This message was created automatically by mail delivery software.\n\n'
               'A message that you sent could not be delivered to one or more of its\n'
               'recipients. This is a permanent error. The following address(es) failed:\n\n'
               '  %s\n    %s\n' % (rcpt, diag))
    st = re.search(r'\b([245]\.\d{1,3}\.\d{1,3})\b', diag)
    st = st.group(1) if st else ('4.0.0' if warning else '5.0.0')
    ds = ('Reporting-MTA: dns; %s\n\nAction: %s\nFinal-Recipient: rfc822;%s\nStatus: %s\n%s' % (
        host, 'delayed' if warning else 'failed', rcpt, st,
        ('Will-Retry-Until: %s\n' % rfcdate(dt + timedelta(days=4))) if warning else ''))
    b = '%d-eximdsn-%d' % (int(dt.timestamp()), int(H(seed, 6), 16))
    parts = ['Content-type: text/plain; charset=us-ascii\n\n' + txt,
             'Content-type: message/delivery-status\n\n' + ds,
             ('Content-type: message/rfc822\n\n' + original_letter(code, rcpt)) if not warning else
             ('Content-type: text/rfc822-headers\n\n' + original_letter(code, rcpt, with_body=False))]
    h = [recv_gmail(dt, host, '91.%d.%d.%d' % (int(H(seed, 2), 16), int(H(seed, 4)[2:], 16), 30)).rstrip('\n'),
         'Return-path: <>',
         'Received: from Debian-exim by %s with local (Exim 4.97)\n\tid %s\n\tfor kinderpardonnu@gmail.com; %s' % (host, eid, rfcdate(dt)),
         'X-Failed-Recipients: ' + rcpt if not warning else 'X-Delay-Recipients: ' + rcpt,
         'Auto-Submitted: auto-replied',
         'From: Mail Delivery System <Mailer-Daemon@%s>' % host,
         'To: kinderpardonnu@gmail.com',
         'References: ' + m['letter_message_id'],
         'Content-Type: multipart/report; report-type=delivery-status; boundary=%s' % b,
         'MIME-Version: 1.0',
         'Subject: ' + subj,
         'Message-Id: <E%s@%s>' % (eid, host),
         'Date: ' + rfcdate(dt)]
    body = ''.join('--%s\n%s\n' % (b, p.rstrip('\n')) for p in parts) + '--%s--\n' % b
    return '\n'.join(h) + '\n\n' + body


# --- signatures / disclaimers -----------------------------------------------------------
def disclaimer(gemeente):
    return ('Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, '
            'wordt u vriendelijk verzocht dit aan de afzender te melden. De gemeente %s staat door de elektronische '
            'verzending van dit bericht niet in voor de juiste en volledige overbrenging van de inhoud, noch voor '
            'tijdige ontvangst daarvan.' % gemeente)


def sig_griffie(person, role, gemeente, street, postcode_place, phone, web, extra_line=None):
    s = 'Met vriendelijke groet,\n\n%s\n%s\n\nGemeente %s | Griffie\n%s | %s\nT %s\n' % (
        person, role, gemeente, street, postcode_place, phone)
    if extra_line:
        s += extra_line + '\n'
    s += 'Bezoek onze website: %s | www.%s/gemeenteraad\n\n%s\n' % (web, web.replace('https://', '').replace('www.', '').rstrip('/'), disclaimer(gemeente))
    return s


# --- output -----------------------------------------------------------------------------
ROWS = []


def emit(fname, label, code, note, text):
    path = os.path.join(HERE, fname)
    data = text.replace('\r\n', '\n').encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)
    ROWS.append((fname, label, code or '', note))


def write_labels():
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'municipality', 'note'])
        for r in ROWS:
            w.writerow(r)
# ===== HELPERS END =====

# ===== DATA (nl5) =====
def build():
    # ---------------- bounces ----------------
    emit('b01_gmail_user_unknown.eml', 'bounce_hard', 'GM0765', 'Gmail DSN 550 5.1.1 user unknown in virtual mailbox table',
         gmail_dsn('b01', 'GM0765', '+1m', kind='nosuchuser',
                   response='550 5.1.1 <info@pekela.nl>: Recipient address rejected: User unknown in virtual mailbox table'))
    emit('b02_gmail_dns_nxdomain.eml', 'bounce_hard', 'GM1891', 'Gmail DSN domain not found (letter went to an outdated dantumadiel.nl domain instead of .frl)',
         gmail_dsn('b02', 'GM1891', '+0m', rcpt='info@dantumadiel.nl', kind='dns'))
    emit('b03_o365_onbestelbaar_nl.eml', 'bounce_hard', 'GM0246', 'Exchange Online NDR in Dutch, 5.1.10 RecipientNotFound',
         o365_ndr('b03', 'GM0246', '+2m', lang='nl',
                  diag='550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
                  server='AM9PR09MB4886.eurprd09.prod.outlook.com'))
    emit('b04_o365_policy_en.eml', 'bounce_hard', 'GM0221', 'Exchange Online NDR English, 5.7.1 rejected by organization policy (transport rule)',
         o365_ndr('b04', 'GM0221', '+1m', lang='en',
                  diag='550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
                  server='DB9PR02MB7290.eurprd02.prod.outlook.com',
                  reason="Your message to info@doesburg.nl couldn't be delivered.\nThe organization's email policy rejected your message. Messages with attachments from external free-mail senders are not accepted."))
    emit('b05_postfix_user_unknown.eml', 'bounce_hard', 'GM0415', 'Postfix relay of the municipality, internal Exchange says 550 5.1.1 user unknown',
         postfix_bounce('b05', 'GM0415', '+3m', 'mail01.landsmeer.nl', status='5.1.1',
                        diag='host exch01.landsmeer.local[10.2.0.15] said: 550 5.1.1\n    <gemeente@landsmeer.nl>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)',
                        remote='exch01.landsmeer.local[10.2.0.15]'))
    emit('b06_gmail_delay_overquota.eml', 'bounce_soft', 'GM1714', 'Gmail DSN (Delay) 452 4.2.2 mailbox over quota, still retrying',
         gmail_dsn('b06', 'GM1714', '+4h', kind='delay',
                   response='452 4.2.2 The recipient mailbox info@gemeentesluis.nl is full, try again later'))
    emit('b07_exim_warning_delayed.eml', 'bounce_soft', 'GM0981', 'Exim warning: message delayed 4 hours (451 4.7.500 server busy)',
         exim_bounce('b07', 'GM0981', '+4h', 'relay.vaals.nl', warning=True,
                     diag='host vaals-nl.mail.protection.outlook.com [52.101.68.3]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<info@vaals.nl>:\n    451 4.7.500 Server busy. Please try again later.'))

    # ---------------- auto replies ----------------
    emit('a01_exchange_ooo_nl.eml', 'auto_reply', 'GM0275', 'Exchange out-of-office Dutch, urgent matters to colleague',
         autoreply('a01', 'GM0275', ('Linda Verhoef', 'l.verhoef@rheden.nl'), '2026-09-16 10:02',
                   'Goedendag,\n\nIk ben afwezig tot en met maandag 28 september. Uw e-mail wordt niet doorgestuurd.\n\n'
                   'Voor dringende zaken kunt u contact opnemen met de receptie van het gemeentehuis via 14 026.\n\n'
                   'Met vriendelijke groet,\nLinda Verhoef\nGemeente Rheden\n'))
    emit('a02_abwesenheitsnotiz_de.eml', 'auto_reply', 'GM0965', 'German Abwesenheitsnotiz from a council member\'s web.de mailbox (letter redirected to it)',
         autoreply('a02', 'GM0965', ('Stefan Hermanns', 'stefan.hermanns@web.de'), '2026-09-18 07:30',
                   'Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Oktober '
                   'im Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails.\n\nIhre Nachricht wird nicht weitergeleitet. '
                   'Ich melde mich nach meiner Rückkehr.\n\nMit freundlichen Grüßen\nStefan Hermanns\n',
                   subj_prefix='Abwesenheitsnotiz: ', kind='generic', html=False,
                   extra=['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply',
                          'X-UI-Out-Filterresults: notjunk:1']))
    emit('a03_reponse_automatique_fr.eml', 'auto_reply', 'GM0935', 'French Exchange automatic reply (Réponse automatique)',
         autoreply('a03', 'GM0935', ('Claire Dubois-Smeets', 'claire.dubois@maastricht.nl'), '2026-09-14 11:47',
                   'Bonjour,\n\nJe suis absente du bureau jusqu\'au lundi 21 septembre inclus, avec un accès limité à mes e-mails.\n'
                   'Pour toute question urgente, veuillez contacter le secrétariat au 043 350 40 40.\n\n'
                   'Ik ben afwezig tot en met maandag 21 september.\n\nCordialement / Met vriendelijke groet,\nClaire Dubois-Smeets\n',
                   subj_prefix='Réponse automatique : '))
    emit('a04_automatic_reply_en.eml', 'auto_reply', 'GM0289', 'English Exchange automatic reply',
         autoreply('a04', 'GM0289', ('Thomas Greene', 't.greene@wageningen.nl'), '2026-09-17 09:12',
                   'Thank you for your email. I am out of the office until Monday 5 October with no access to email.\n\n'
                   'For urgent matters please contact the front desk on +31 317 492 911.\n\nKind regards,\nThomas Greene\n',
                   subj_prefix='Automatic reply: '))
    emit('a05_afwezig_via_raadslist.eml', 'auto_reply', 'GM0193', 'Out-of-office of a council member received via the council distribution list (List-Id, Precedence: bulk)',
         autoreply('a05', 'GM0193', ('Ingrid Postma', 'i.postma@raad.zwolle.nl'), '2026-09-22 08:05',
                   'Beste afzender,\n\nTot en met 2 oktober ben ik met vakantie en lees ik mijn mail niet.\n'
                   'Na mijn terugkomst neem ik uw bericht in behandeling.\n\nHartelijke groet,\nIngrid Postma\n',
                   subj_prefix='Afwezig: ', kind='generic',
                   extra=['Auto-Submitted: auto-replied', 'Precedence: bulk', 'List-Id: Raadsleden Zwolle <raadsleden.raad.zwolle.nl>',
                          'X-Loop: raadsleden@raad.zwolle.nl']))
    emit('a06_gmail_vacation_reminder.eml', 'auto_reply', 'GM0114', 'Gmail vacation responder of a fractievoorzitter, in reply to the reminder',
         autoreply('a06', 'GM0114', ('Piet de Boer', 'pdeboer.raad@gmail.com'), '2026-10-01 14:33',
                   'Hallo,\n\nIk ben op reis en vanaf 12 oktober weer bereikbaar. Mails lees ik daarna.\n\nGroet,\nPiet\n',
                   subj_prefix='Re: ', irt='reminder', kind='generic', html=False,
                   extra=['Auto-Submitted: auto-replied', 'Precedence: bulk', 'X-Autoreply: yes']))
    emit('a07_automatisch_antwoord_fries.eml', 'auto_reply', 'GM1900', 'Exchange automatic reply in Frisian and Dutch, encoded-word subject',
         autoreply('a07', 'GM1900', ('Sjoukje Hoekstra', 's.hoekstra@sudwestfryslan.nl'), '2026-09-15 12:20',
                   'Tige tank foar jo berjocht. Ik bin oant en mei 25 septimber net op it wurk.\n\n'
                   'Hartelijk dank voor uw bericht. Ik ben tot en met 25 september niet aanwezig. Uw bericht wordt niet automatisch doorgestuurd.\n\n'
                   'Mei freonlike groet,\nSjoukje Hoekstra\n'))

    # ---------------- acknowledged ----------------
    emit('k01_zaaksysteem_haarlemmermeer.eml', 'acknowledged', 'GM0394', 'Zaaksysteem receipt with zaaknummer, quotes the whole original letter',
         human('k01', 'GM0394', ('Gemeente Haarlemmermeer', 'noreply@haarlemmermeer.nl'), '2026-09-14 10:31',
               'Geachte heer/mevrouw,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2026-041873. '
               'Uw bericht wordt in behandeling genomen door de afdeling die hierover gaat. '
               'Wilt u bij verdere correspondentie dit zaaknummer vermelden?\n\n'
               'Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.\n\n'
               'Met vriendelijke groet,\n\nGemeente Haarlemmermeer\nwww.haarlemmermeer.nl\n\n--- Uw oorspronkelijke bericht ---\n',
               style='plain', subj='Ontvangstbevestiging Z-2026-041873: ' + subject_of('GM0394'), quote=None,
               extra=['Auto-Submitted: auto-generated', 'X-Mailer: Zaaksysteem notificatie'])
         .replace('--- Uw oorspronkelijke bericht ---\n', '--- Uw oorspronkelijke bericht ---\n\n' + LETTER_TEXT + '\n'))
    emit('k02_kcc_tilburg.eml', 'acknowledged', 'GM0855', 'KCC reply: received and taken into handling, answer within 10 working days',
         human('k02', 'GM0855', ('Klantcontactcentrum Gemeente Tilburg', 'kcc@tilburg.nl'), '2026-09-15 15:48',
               'Geachte heer, mevrouw,\n\nBedankt voor uw e-mail. Wij hebben uw bericht ontvangen en in behandeling genomen. '
               'U ontvangt binnen tien werkdagen een reactie van de afdeling die erover gaat.\n\n'
               'Met vriendelijke groet,\n\nMarco van Gils\nKlantcontactcentrum\nGemeente Tilburg\nTelefoon 14 013\n',
               style='owa', quote='short'))
    emit('k03_griffie_ontvangen_harlingen.eml', 'acknowledged', 'GM0072', 'Griffie one-liner "ontvangen" with the entire letter quoted',
         human('k03', 'GM0072', ('Griffie Harlingen', 'griffie@harlingen.nl'), '2026-09-16 08:54',
               'Ontvangen, dank u wel.\n\nGriffie Harlingen\n', style='outlook', quote='full'))
    emit('k04_ontvangstbevestiging_zeist_b64.eml', 'acknowledged', 'GM0355', 'HTML-only base64 iso-8859-1 receipt with kenmerk from document system',
         human('k04', 'GM0355', ('Gemeente Zeist', 'no-reply@zeist.nl'), '2026-09-17 16:02',
               'Geachte heer/mevrouw,\n\nOp 17 september 2026 hebben wij uw e-mail ontvangen. Uw e-mail is geregistreerd onder kenmerk '
               '2026-0098765. Wij zorgen ervoor dat uw bericht bij de juiste medewerker terechtkomt.\n\n'
               'Met vriendelijke groet,\n\nTeam Informatiebeheer\nGemeente Zeist\n\n'
               'Deze e-mail is automatisch verzonden. Reageren op dit bericht is niet mogelijk.',
               style='html_only', subj='Ontvangstbevestiging van uw bericht (kenmerk 2026-0098765)', quote=None,
               charset='iso-8859-1', cte='base64', extra=['Auto-Submitted: auto-generated', 'Precedence: bulk']))
    emit('k05_assen_person_terugkomen.eml', 'acknowledged', 'GM0106', 'Person thanks, will come back to it; long address block and disclaimer',
         human('k05', 'GM0106', ('Esther Kuipers', 'e.kuipers@assen.nl'), '2026-09-18 11:37',
               'Geachte heer/mevrouw,\n\nDank voor uw bericht. Wij bekijken uw verzoek en komen er zo spoedig mogelijk bij u op terug.\n\n'
               + sig_griffie('Esther Kuipers', 'Bestuursadviseur', 'Assen', 'Noordersingel 33', 'Postbus 30018 | 9400 RA Assen',
                             '14 0592', 'www.assen.nl'),
               style='outlook', quote='short'))
    emit('k06_reply_to_tagged_address.eml', 'acknowledged', 'GM0984', 'Reply sent To the tagged reply address; no In-Reply-To, no quote, no municipality name in text',
         human('k06', 'GM0984', ('Griffie', 'griffie@venray.nl'), '2026-09-21 09:15',
               'Beste KinderpardonNU,\n\nWij hebben uw e-mail van 16 september goed ontvangen. De griffie bekijkt uw verzoek '
               'en neemt zo nodig contact met u op.\n\nMet vriendelijke groet,\n\nDe griffie\n',
               style='owa', subj='Uw e-mail van 16 september', to=MUNI['GM0984']['tagged_reply_address'], irt=None, quote=None))
    emit('k07_noreply_heuvelrug_zaak.eml', 'acknowledged', 'GM1581', 'Automatic receipt with zaaknummer that quotes the letter (which itself mentions adopted motions)',
         human('k07', 'GM1581', ('Gemeente Utrechtse Heuvelrug', 'noreply@heuvelrug.nl'), '2026-09-14 09:58',
               'Geachte afzender,\n\nHartelijk dank voor uw bericht. Wij hebben uw e-mail ontvangen en geregistreerd onder '
               'zaaknummer 2026-118204. Binnen 8 werkdagen hoort u van ons wat wij met uw bericht doen.\n\n'
               'Met vriendelijke groet,\n\nGemeente Utrechtse Heuvelrug\n', style='owa', quote='full',
               extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All']))
    emit('k08_raadslid_hoorn_meenemen.eml', 'acknowledged', 'GM0405', 'Council member (gmail): thanks, will take it to the group; no decision or plan',
         human('k08', 'GM0405', ('Fatima El Idrissi', 'fatima.elidrissi.hoorn@gmail.com'), '2026-09-23 21:14',
               'Beste mensen van KinderpardonNU,\n\nDank voor jullie mail, die via de griffie bij mij terechtkwam. '
               'Ik neem het mee naar ons fractieoverleg en laat het jullie weten als er iets uit komt.\n\n'
               'Hartelijke groet,\nFatima El Idrissi\nRaadslid Hoorn\n', style='gmail', quote='full'))

    # ---------------- forwarded ----------------
    emit('f01_ede_doorgestuurd.eml', 'forwarded', 'GM0228', 'Griffie: forwarded to fractievoorzitters and griffier; full quote',
         human('f01', 'GM0228', ('Griffie Ede', 'griffie@ede.nl'), '2026-09-16 14:20',
               'Geachte heer/mevrouw,\n\nUw e-mail en de bijlagen zijn vandaag doorgestuurd aan de fractievoorzitters en de griffier '
               'van de gemeenteraad van Ede.\n\n'
               + sig_griffie('Anouk Bakker', 'Medewerker griffie', 'Ede', 'Bergstraat 4', 'Postbus 9022 | 6710 HK Ede',
                             '14 0318', 'www.ede.nl'),
               style='outlook', quote='full'))
    emit('f02_lochem_ingekomen_stukken.eml', 'forwarded', 'GM0262', 'Letter placed on the list of ingekomen stukken for the council meeting',
         human('f02', 'GM0262', ('Raadsgriffie Lochem', 'griffie@lochem.nl'), '2026-09-22 10:07',
               'Geachte heer/mevrouw,\n\nUw brief is geplaatst op de lijst van ingekomen stukken voor de raadsvergadering van '
               '5 oktober 2026. De raadsleden kunnen daar zelf mee aan de slag; u ontvangt van de griffie geen verdere reactie.\n\n'
               'Met vriendelijke groet,\n\nRoel Wassink\nGriffier gemeente Lochem\n', style='owa', quote='short'))
    emit('f03_deventer_doorgezonden.eml', 'forwarded', 'GM0150', 'Short confirmation that the mail has been sent on to all group leaders',
         human('f03', 'GM0150', ('Wendy Kamphuis', 'w.kamphuis@deventer.nl'), '2026-09-17 09:44',
               'Goedemorgen,\n\nHierbij bevestig ik dat uw mail met beide bijlagen is doorgezonden naar alle fractievoorzitters.\n\n'
               'Met vriendelijke groet,\n\nWendy Kamphuis\nGriffie Deventer\nT 0570 693 311\n', style='outlook', quote='full',
               charset='iso-8859-1'))
    emit('f04_renkum_signature_epe.eml', 'forwarded', 'GM0274', 'Forwarded; griffie employee surname Epe (also a municipality) in signature',
         human('f04', 'GM0274', ('Marieke Epe', 'm.epe@renkum.nl'), '2026-09-18 13:26',
               'Beste afzender,\n\nIk heb uw verzoek doorgestuurd aan de fractievoorzitters en aan onze griffier.\n\n'
               'Met vriendelijke groet,\n\nMarieke Epe\nAssistent griffie\nGemeente Renkum\nGeneraal Urquhartlaan 4, Oosterbeek\n'
               'T 14 026\n\nBezoek onze website: www.renkum.nl\n', style='outlook', quote='short'))
    emit('f05_goes_fw_to_fractievoorzitters_cc.eml', 'forwarded', 'GM0664', 'The griffie forwards the letter to the fractievoorzitters with us in CC (FW:)',
         human('f05', 'GM0664', ('Griffie Goes', 'griffie@goes.nl'), '2026-09-17 11:02',
               'Geachte fractievoorzitters,\n\nTer kennisname stuur ik u onderstaande e-mail van KinderpardonNU door, '
               'inclusief de voorbeeldmotie. KinderpardonNU staat in de cc.\n\nMet vriendelijke groet,\n\n'
               'Johan Verburg\nGriffier gemeente Goes\n', style='outlook', quote='full', reply_prefix='FW: ', irt=None,
               to='Fractievoorzitters gemeenteraad Goes <fractievoorzitters@goes.nl>', cc=ME_FULL))
    emit('f06_oss_doorgeleid_owa.eml', 'forwarded', 'GM0828', 'OWA: received and passed on to the council (doorgeleid naar de gemeenteraad)',
         human('f06', 'GM0828', ('Gemeente Oss', 'Gemeente@oss.nl'), '2026-09-16 16:11',
               'Beste heer, mevrouw,\n\nUw verzoek is in goede orde ontvangen en doorgeleid naar de gemeenteraad van Oss '
               'via de raadsgriffie.\n\nMet vriendelijke groet,\n\nTeam Informatie en Dienstverlening\nGemeente Oss\n',
               style='owa', quote='short'))
    emit('f07_noordoostpolder_reminder_al_doorgestuurd.eml', 'forwarded', 'GM0171', 'Reply to the reminder: it was already forwarded on 21 September',
         human('f07', 'GM0171', ('Griffie Noordoostpolder', 'griffie@noordoostpolder.nl'), '2026-10-02 10:40',
               'Geachte heer/mevrouw,\n\nUw eerdere e-mail hebben wij op 21 september al doorgestuurd naar de fractievoorzitters. '
               'Het is aan de fracties zelf of zij er iets mee doen.\n\nMet vriendelijke groet,\n\nGriffie gemeente Noordoostpolder\n'
               'Harm Smeengestraat 1, Emmeloord\n', style='outlook', irt='reminder', quote='short'))
    emit('f08_dalfsen_thunderbird_latin1.eml', 'forwarded', 'GM0148', 'Thunderbird plain text latin-1 QP: placed on ingekomen stukken, council members have received it',
         human('f08', 'GM0148', ('Griffie Dalfsen', 'griffie@dalfsen.nl'), '2026-09-24 15:30',
               'Geachte heer, mevrouw,\n\nWij hebben uw brief geagendeerd als ingekomen stuk voor de raadsvergadering. '
               'Alle raadsleden hebben uw brief en de bijlagen inmiddels ontvangen.\n\n'
               'Met vriendelijke groet,\n\nHenriëtte Nijboer\nraadsgriffier\n', style='thunderbird', quote='short',
               charset='iso-8859-1'))

    # ---------------- motion planned ----------------
    emit('p01_wijchen_neighbour_nijmegen.eml', 'motion_planned', 'GM0296', 'Own motion only planned; mentions that neighbouring Nijmegen adopted one',
         human('p01', 'GM0296', ('Sanne Hendriks', 'sanne.hendriks@groenlinks-pvda.nl'), '2026-10-06 20:41',
               'Beste KinderpardonNU,\n\nDank voor jullie mail, de griffie heeft hem aan ons doorgestuurd. In Nijmegen is vorige maand '
               'een vergelijkbare motie aangenomen en dat heeft ons aan het denken gezet. Wij willen in de raadsvergadering van '
               '10 december ook een motie indienen en zijn nu in gesprek met D66 en de SP over mede-indienerschap.\n\n'
               'We houden jullie op de hoogte!\n\nHartelijke groet,\n\nSanne Hendriks\nFractievoorzitter GroenLinks-PvdA Wijchen\n06 41 87 22 90\n',
               style='gmail', quote='short'))
    emit('p02_barneveld_cu_new_mail_signature_only.eml', 'motion_planned', 'GM0203', 'New mail from personal outlook.com; municipality only in the signature',
         human('p02', 'GM0203', ('Gert-Jan van de Kamp', 'gj.vandekamp@outlook.com'), '2026-10-12 22:03',
               'Geachte heer/mevrouw,\n\nVia de griffie ontvingen wij uw voorbeeldmotie. Onze fractie vindt dit een belangrijk onderwerp. '
               'Wij werken aan een eigen versie van de motie, samen met het CDA, en willen die in november in de raad brengen.\n\n'
               'Met vriendelijke groet,\n\nGert-Jan van de Kamp\nfractievoorzitter ChristenUnie Barneveld\n',
               style='owa', subj='Motie gewortelde kinderen', irt=None, quote=None))
    emit('p03_leiderdorp_d66_begroting.eml', 'motion_planned', 'GM0547', 'D66 will submit the motion at the budget debate in November',
         human('p03', 'GM0547', ('Mark Zonneveld', 'mark.zonneveld@d66.nl'), '2026-10-20 12:15',
               'Goedemiddag,\n\nWij gaan uw voorbeeldmotie als basis gebruiken en dienen hem in bij de begrotingsbehandeling op '
               '9 november. Ik laat u weten hoe het afloopt.\n\nGroet,\nMark Zonneveld\nD66 Leiderdorp\n', style='apple', quote='short'))
    emit('p04_borger_odoorn_english_expat.eml', 'motion_planned', 'GM1681', 'English reply by an expat council member: will table a motion',
         human('p04', 'GM1681', ('Rachel Whitfield', 'rachel.whitfield@groenlinks-pvda.nl'), '2026-10-08 18:52',
               'Dear KinderpardonNU team,\n\nThanks for your email, which the griffie passed on to us. Apologies for replying in English, '
               'my Dutch is fine for council meetings but slow for emails!\n\nOur group has decided to table a motion based on your model text '
               'at the council meeting in November. We are still looking for a second party to co-sign.\n\nBest wishes,\n\n'
               'Rachel Whitfield\nCouncil member GroenLinks-PvdA Borger-Odoorn\n', style='gmail', quote='short', lang='en'))
    emit('p05_hellendoorn_lokaal_voorbereiden.eml', 'motion_planned', 'GM0163', 'Local party preparing a motion, looking for co-submitters',
         human('p05', 'GM0163', ('Bert Nijhuis', 'b.nijhuis@lokaalbelang.nl'), '2026-10-14 09:26',
               'Beste KinderpardonNU,\n\nOnze fractie heeft besloten een motie voor te bereiden op basis van jullie voorbeeld. '
               'We zoeken nog mede-indieners bij de andere partijen. Zodra er meer duidelijk is, hoor je het van ons.\n\n'
               'Met vriendelijke groet,\nBert Nijhuis\nFractievoorzitter Lokaal Belang Hellendoorn\n', style='plain', quote=None))

    # ---------------- motion submitted ----------------
    emit('s01_apeldoorn_ingediend_agenda.eml', 'motion_submitted', 'GM0200', 'Motion submitted, on the agenda of 29 October',
         human('s01', 'GM0200', ('Lotte Brinkman', 'lotte.brinkman@groenlinks-pvda.nl'), '2026-10-22 17:48',
               'Beste KinderpardonNU,\n\nGoed nieuws: de motie \'Pleidooi voor gewortelde kinderen\' is vandaag ingediend door '
               'GroenLinks-PvdA, D66 en ChristenUnie. Hij staat op de agenda van de raadsvergadering van 29 oktober.\n\n'
               'Groet,\nLotte Brinkman\nFractievoorzitter GroenLinks-PvdA Apeldoorn\n', style='gmail', quote='short'))
    emit('s02_katwijk_aangehouden.eml', 'motion_submitted', 'GM0537', 'Motion held over (aangehouden) to the next meeting',
         human('s02', 'GM0537', ('Griffie Katwijk', 'griffie@katwijk.nl'), '2026-11-06 10:12',
               'Geachte heer/mevrouw,\n\nDe motie over gewortelde kinderen is in de raadsvergadering van 5 november ingediend, '
               'maar door de indieners aangehouden tot de vergadering van 17 december. De burgemeester zou eerst nagaan om hoeveel '
               'kinderen het in Katwijk gaat.\n\nMet vriendelijke groet,\n\nGriffie Katwijk\n', style='outlook', quote='short'))
    emit('s03_ridderkerk_staken_stemmen.eml', 'motion_submitted', 'GM0597', 'Tied vote (staken der stemmen 15-15), vote repeated next meeting',
         human('s03', 'GM0597', ('Kees Mulder', 'kees.mulder@cda.nl'), '2026-11-13 08:31',
               'Beste mensen,\n\nEven een update uit Ridderkerk. Over onze motie staakten gisteravond de stemmen: 15 voor en 15 tegen, '
               'omdat er één raadslid afwezig was. Volgens het reglement van orde wordt de stemming in de volgende vergadering herhaald.\n\n'
               'Spannend dus!\n\nKees Mulder\nCDA Ridderkerk\n', style='outlook', quote=None,
               subj='RE: ' + subject_of('GM0597')))
    emit('s04_roermond_ingetrokken.eml', 'motion_submitted', 'GM0957', 'Motion withdrawn (ingetrokken) after a commitment by the mayor',
         human('s04', 'GM0957', ('Nicole Janssen', 'nicole.janssen@d66.nl'), '2026-11-20 11:05',
               'Beste KinderpardonNU,\n\nOnze motie hebben we tijdens de raadsvergadering ingetrokken. De burgemeester heeft toegezegd '
               'dat hij de zorgen namens de raad in een brief aan de staatssecretaris overbrengt, en daarmee was de motie volgens '
               'de meerderheid overbodig.\n\nMet vriendelijke groet,\nNicole Janssen\nD66 Roermond\n', style='gmail', quote='short'))
    emit('s05_heemskerk_only_in_reply_to.eml', 'motion_submitted', 'GM0396', 'Short ziggo reply, subject edited, no quote, no name: only the In-Reply-To identifies the municipality',
         human('s05', 'GM0396', ('Ron Bakker', 'r.bakker61@ziggo.nl'), '2026-11-11 23:19',
               'Hoi,\n\nGisteravond ingediend, de stemming is over twee weken. Ik laat weten hoe het gaat.\n\nRon\n',
               style='thunderbird', subj='Re: motie', quote=None))
    emit('s06_veldhoven_amendement.eml', 'motion_submitted', 'GM0861', 'Motion submitted, amendment by VVD pending, vote on 10 December',
         human('s06', 'GM0861', ('Griffie Veldhoven', 'griffie@veldhoven.nl'), '2026-11-26 14:55',
               'Geachte heer/mevrouw,\n\nTer informatie: de motie is door drie fracties ingediend. De VVD heeft een amendement '
               'aangekondigd dat onderdeel b schrapt. Over het amendement en de motie wordt op 10 december gestemd.\n\n'
               'Met vriendelijke groet,\n\nGriffie gemeente Veldhoven\nMeiveld 1 | 5501 BA Veldhoven\n', style='owa', quote='short'))

    # ---------------- motion adopted ----------------
    emit('d01_groningen_aangenomen_33_12.eml', 'motion_adopted', 'GM0014', 'Adopted with 33 votes for, 12 against',
         human('d01', 'GM0014', ('Jelle Bos', 'jelle.bos@groenlinks-pvda.nl'), '2026-10-29 22:40',
               'Beste KinderpardonNU,\n\nVanavond is de motie Pleidooi voor gewortelde kinderen in de Groningse gemeenteraad '
               'aangenomen, met 33 stemmen voor en 12 tegen. Dank voor het initiatief!\n\nJelle Bos\n'
               'Fractievoorzitter GroenLinks-PvdA Groningen\n', style='gmail', quote='short'))
    emit('d02_zutphen_geamendeerd_aangenomen.eml', 'motion_adopted', 'GM0301', 'Griffie: amended motion adopted; PDF of adopted motion attached',
         (lambda t: t)(human('d02', 'GM0301', ('Griffie Zutphen', 'griffie@zutphen.nl'), '2026-11-13 09:20',
               'Geachte heer/mevrouw,\n\nIn de raadsvergadering van 12 november heeft de raad van Zutphen de motie over gewortelde '
               'kinderen in geamendeerde vorm aangenomen. Het aangenomen amendement voegt een oproep aan de VNG toe. '
               'De tekst van de aangenomen motie is bijgevoegd.\n\nMet vriendelijke groet,\n\nGriffie Zutphen\n',
               style='outlook', quote='short'))
    )
    emit('d03_enschede_raadslid_gmail.eml', 'motion_adopted', 'GM0153', 'Council member (gmail): adopted, quoted letter below',
         human('d03', 'GM0153', ('Yusuf Demir', 'yusuf.demir.raad@gmail.com'), '2026-11-05 23:02',
               'Hallo,\n\nMisschien leuk om te horen: onze motie is vanavond met ruime meerderheid aangenomen. '
               'Alleen de PVV en Burgerbelangen stemden tegen.\n\nGroeten,\nYusuf Demir\nraadslid Enschede\n',
               style='gmail', quote='full'))
    emit('d04_bergen_op_zoom_unaniem.eml', 'motion_adopted', 'GM0748', 'Unanimously adopted (unaniem aangenomen)',
         human('d04', 'GM0748', ('Griffie Bergen op Zoom', 'griffie@bergenopzoom.nl'), '2026-11-27 10:48',
               'Geachte heer/mevrouw,\n\nGraag laten wij u weten dat de motie \'Pleidooi voor gewortelde kinderen\' in de '
               'raadsvergadering van 26 november unaniem is aangenomen.\n\n'
               + sig_griffie('Yvonne de Kort', 'Raadsadviseur', 'Bergen op Zoom', 'Jacob Obrechtlaan 5', 'Postbus 35 | 4600 AA Bergen op Zoom',
                             '14 0164', 'www.bergenopzoom.nl'),
               style='outlook', quote='short'))
    emit('d05_middelburg_html_only.eml', 'motion_adopted', 'GM0687', 'HTML-only message: adopted with large majority',
         human('d05', 'GM0687', ('Anne-Fleur Dekker', 'af.dekker@middelburg.nl'), '2026-11-27 09:35',
               'Beste KinderpardonNU,\n\nDe motie is gisteren met grote meerderheid aangenomen (27 voor, 4 tegen). '
               'Het college gaat een brief sturen aan de Tweede Kamer.\n\nMet vriendelijke groet,\n\nAnne-Fleur Dekker\n'
               'Griffie Middelburg',
               style='html_only', quote=None))

    # ---------------- motion rejected ----------------
    emit('r01_hoogeveen_9_voor_18_tegen.eml', 'motion_rejected', 'GM0118', 'Vote count sentence: rejected with 9 for and 18 against',
         human('r01', 'GM0118', ('Harm Wolters', 'h.wolters@groenlinks-pvda.nl'), '2026-11-12 21:58',
               'Beste KinderpardonNU,\n\nHelaas: onze motie is vanavond met 9 stemmen voor en 18 tegen verworpen. '
               'We blijven het onderwerp wel agenderen.\n\nHarm Wolters\nFractievoorzitter GroenLinks-PvdA Hoogeveen\n',
               style='gmail', quote='short'))
    emit('r02_nijkerk_geen_meerderheid.eml', 'motion_rejected', 'GM0267', 'Griffie: motion did not get a majority (niet aangenomen)',
         human('r02', 'GM0267', ('Griffie Nijkerk', 'griffie@nijkerk.eu'), '2026-11-20 10:20',
               'Geachte heer/mevrouw,\n\nDe motie die de fractie van D66 op basis van uw voorbeeld indiende, heeft in de raadsvergadering '
               'van 19 november geen meerderheid gekregen en is dus niet aangenomen.\n\nMet vriendelijke groet,\n\nGriffie Nijkerk\n',
               style='owa', quote='short'))
    emit('r03_westland_verworpen.eml', 'motion_rejected', 'GM1783', 'Motion rejected (verworpen) in Westland',
         human('r03', 'GM1783', ('Danielle Vreugdenhil', 'd.vreugdenhil@pvda.nl'), '2026-11-25 08:12',
               'Goedemorgen,\n\nDe motie over gewortelde kinderen is gisteravond in de raad van Westland verworpen. '
               'Alleen onze fractie, D66 en GroenLinks stemden voor.\n\nMet vriendelijke groet,\nDanielle Vreugdenhil\n',
               style='owa', quote='short'))

    # ---------------- declined ----------------
    emit('c01_staphorst_courteous_refusal.eml', 'declined', 'GM0180', 'Courteous thanks followed by a clear refusal: council does not involve itself in national policy, will not distribute',
         human('c01', 'GM0180', ('Griffie Staphorst', 'griffie@staphorst.nl'), '2026-09-21 11:30',
               'Geachte heer/mevrouw,\n\nDank voor uw mail en voor de moeite die u hebt genomen. De raad van Staphorst mengt zich echter '
               'niet in landelijk beleid. Wij zullen uw brief daarom niet verspreiden onder de fracties.\n\nMet vriendelijke groet,\n\n'
               'Griffie gemeente Staphorst\n', style='outlook', quote='full'))
    emit('c02_oldebroek_niet_deelnemen.eml', 'declined', 'GM0269', 'We do not take part in such requests and will not forward',
         human('c02', 'GM0269', ('Gemeente Oldebroek', 'gemeente@oldebroek.nl'), '2026-09-18 15:03',
               'Geachte heer, mevrouw,\n\nWij nemen niet deel aan dergelijke verzoeken van belangengroepen. Uw e-mail sturen wij dan ook '
               'niet door naar de fractievoorzitters. Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\n'
               'Met vriendelijke groet,\n\nTeam Publiekszaken\nGemeente Oldebroek\n', style='owa', quote=None))
    emit('c03_rucphen_geen_gemeentelijke_zaak.eml', 'declined', 'GM0840', 'Not a municipal matter, no action taken',
         human('c03', 'GM0840', ('Gemeente Rucphen', 'gemeente@rucphen.nl'), '2026-09-23 13:45',
               'Geachte afzender,\n\nHet onderwerp van uw e-mail betreft het asielbeleid van het Rijk. Dit is geen gemeentelijke '
               'aangelegenheid; wij ondernemen daarom geen actie op uw verzoek.\n\nMet vriendelijke groet,\n\nGemeente Rucphen\n',
               style='outlook', quote='short', charset='iso-8859-1', cte='quoted-printable'))

    # ---------------- redirect ----------------
    emit('x01_hollandskroon_address_not_in_use.eml', 'redirect', 'GM1911', 'Automatic notice: this address is no longer in use, write to info@',
         autoreply('x01', 'GM1911', ('Gemeente Hollands Kroon', 'contact@hollandskroon.nl'), '2026-09-15 09:07',
                   'Dit e-mailadres is niet meer in gebruik.\n\nUw bericht is niet gelezen. Wilt u uw e-mail opnieuw sturen naar '
                   'info@hollandskroon.nl? Post voor de gemeenteraad kunt u sturen naar griffie@hollandskroon.nl.\n\n'
                   'Gemeente Hollands Kroon\n', subj_prefix='Automatisch antwoord: '))
    emit('x02_bunnik_human_redirect.eml', 'redirect', 'GM0312', 'Human: this address is for residents, mail for the council to griffie@bunnik.nl',
         human('x02', 'GM0312', ('Sandra Rijken', 's.rijken@bunnik.nl'), '2026-09-16 12:34',
               'Goedemiddag,\n\nDit algemene adres is bedoeld voor vragen van inwoners. Berichten voor de gemeenteraad en de '
               'fractievoorzitters kunt u het beste rechtstreeks sturen naar griffie@bunnik.nl; wij sturen ze niet door.\n\n'
               'Met vriendelijke groet,\nSandra Rijken\nKlantcontact gemeente Bunnik\n', style='outlook', quote='short'))

    # ---------------- opt out ----------------
    emit('o01_eemsdelta_verwijderen.eml', 'opt_out', 'GM1979', 'Asks to remove this address from the mailing list',
         human('o01', 'GM1979', ('Gemeente Eemsdelta', 'gemeente@eemsdelta.nl'), '2026-10-01 08:50',
               'Geachte heer/mevrouw,\n\nWilt u dit e-mailadres verwijderen uit uw verzendlijst? Wij ontvangen graag geen '
               'berichten meer van KinderpardonNU op dit adres.\n\nMet vriendelijke groet,\n\nGemeente Eemsdelta\n',
               style='owa', irt='reminder', quote='short'))

    # ---------------- question ----------------
    emit('q01_boxtel_bewerkbaar_format.eml', 'question', 'GM0757', 'Received, plus a question: editable version of the model motion and a contact person?',
         human('q01', 'GM0757', ('Ilse van Esch', 'i.vanesch@boxtel.nl'), '2026-09-17 10:25',
               'Beste KinderpardonNU,\n\nDank voor uw mail, die hebben we ontvangen. Een vraag: kunt u de voorbeeldmotie ook als '
               'bewerkbaar Word-bestand sturen? De bijlage opent bij ons alleen als alleen-lezen. En is er een contactpersoon bij wie '
               'raadsleden terecht kunnen met vragen?\n\nMet vriendelijke groet,\nIlse van Esch\nGriffie Boxtel\n', style='outlook', quote='short'))
    emit('q02_texel_hoeveel_kinderen.eml', 'question', 'GM0448', 'Council member asks how many children this concerns in their municipality',
         human('q02', 'GM0448', ('Maaike Dros', 'maaikedros@kpnmail.nl'), '2026-10-04 19:40',
               'Hallo,\n\nIk ben raadslid op Texel en las jullie mail. Weten jullie hoeveel gewortelde kinderen er op Texel '
               'wonen, of waar ik dat kan navragen? Dat maakt het verhaal in de raad een stuk sterker.\n\nGroet,\nMaaike Dros\n',
               style='apple', quote='short'))

    # ---------------- other ----------------
    emit('z01_phishing_delivery_failed.eml', 'other', '', 'Phishing mail claiming "delivery failed" with a login link, no delivery report',
         '\n'.join([recv_gmail(D('2026-10-07 03:14'), 'vps-2231.hostpoint-cloud.net', '193.32.162.77').rstrip('\n'),
                    'From: "Mail Delivery System" <postmaster@mailsrv-notice.com>',
                    'To: kinderpardonnu@gmail.com',
                    'Subject: Mail delivery failed: 3 messages pending for kinderpardonnu@gmail.com',
                    'Date: ' + rfcdate(D('2026-10-07 03:14')),
                    'Message-ID: <20261007011402.7781.qx@mailsrv-notice.com>',
                    'MIME-Version: 1.0',
                    'Content-Type: text/html; charset="utf-8"',
                    'Content-Transfer-Encoding: quoted-printable', '',
                    quopri.encodestring(('<html><body><p>Dear kinderpardonnu,</p><p>Delivery failed for 3 incoming messages '
                                         'because your mailbox storage is almost full.</p><p>To release pending messages, '
                                         '<a href="https://mail-gmail-storage.verify-center.top/login?u=kinderpardonnu">verify your '
                                         'account</a> within 24 hours.</p><p>Mail Delivery System</p></body></html>').encode()).decode()]) + '\n')
    emit('z02_google_security_alert.eml', 'other', '', 'Google account security notice (new sign-in), Dutch',
         '\n'.join([recv_gmail(D('2026-09-14 08:02'), 'mail-sor-f73.google.com', '209.85.220.73').rstrip('\n'),
                    'From: Google <no-reply@accounts.google.com>',
                    'To: kinderpardonnu@gmail.com',
                    hdr('Subject', 'Beveiligingsmelding'),
                    'Date: ' + rfcdate(D('2026-09-14 08:02')),
                    'Message-ID: <%s-0@google.com>' % H('z02', 22),
                    'MIME-Version: 1.0',
                    'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes',
                    'Content-Transfer-Encoding: base64', '',
                    base64.encodebytes(('Nieuwe inlog op Linux\n\nkinderpardonnu@gmail.com\n\n'
                                        'We hebben een nieuwe inlog in je Google-account gezien op een Linux-apparaat. '
                                        'Als jij dit was, hoef je niets te doen. Zo niet, dan helpen we je je account te beveiligen.\n\n'
                                        'Activiteit bekijken: https://accounts.google.com/AccountChooser?Email=kinderpardonnu@gmail.com\n\n'
                                        'Je kunt ook activiteit bekijken via https://myaccount.google.com/notifications\n\n'
                                        'Je hebt deze e-mail ontvangen om je te informeren over belangrijke wijzigingen in je Google-account en -services.\n'
                                        '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n').encode()).decode()]) + '\n')
    emit('z03_newsletter_vluchtelingenwerk.eml', 'other', '', 'Newsletter (List-Unsubscribe, Precedence: bulk), unrelated to any municipality',
         '\n'.join([recv_gmail(D('2026-10-15 07:00'), 'mta-212.mailing.nieuwsbrief-asielrecht.nl', '185.107.232.12').rstrip('\n'),
                    'From: Platform Asielrecht <nieuwsbrief@nieuwsbrief-asielrecht.nl>',
                    'Reply-To: info@nieuwsbrief-asielrecht.nl',
                    'To: kinderpardonnu@gmail.com',
                    hdr('Subject', 'Nieuwsbrief oktober: uitspraak Raad van State, nieuwe cijfers IND en agenda'),
                    'Date: ' + rfcdate(D('2026-10-15 07:00')),
                    'Message-ID: <nb-2026-10.%s@mailing.nieuwsbrief-asielrecht.nl>' % H('z03', 12),
                    'List-Unsubscribe: <https://mailing.nieuwsbrief-asielrecht.nl/u/%s>, <mailto:unsubscribe@nieuwsbrief-asielrecht.nl>' % H('z03u', 16),
                    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
                    'Precedence: bulk',
                    'MIME-Version: 1.0',
                    multipart('alternative', [
                        leaf('text/plain', 'Nieuwsbrief Platform Asielrecht - oktober 2026\n\n'
                             '1. Raad van State doet uitspraak over toepassing van de discretionaire bevoegdheid\n'
                             '2. IND publiceert halfjaarcijfers: gemiddelde doorlooptijd opnieuw gestegen\n'
                             '3. Agenda: webinar "Kinderrechten in de vreemdelingenbewaring", 12 november\n\n'
                             'Lees verder op https://www.nieuwsbrief-asielrecht.nl/oktober-2026\n\n'
                             'Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. Afmelden: https://mailing.nieuwsbrief-asielrecht.nl/u/\n'),
                        leaf('text/html', '<html><body><h1>Nieuwsbrief oktober 2026</h1><ul><li>Raad van State doet uitspraak over de '
                             'discretionaire bevoegdheid</li><li>IND publiceert halfjaarcijfers</li><li>Webinar 12 november</li></ul>'
                             '<p><a href="https://mailing.nieuwsbrief-asielrecht.nl/u/">Afmelden</a></p></body></html>\n')],
                        'nb_' + H('z03b', 20))]) )


build()
write_labels()
print('written', len(ROWS), 'messages to', HERE)
