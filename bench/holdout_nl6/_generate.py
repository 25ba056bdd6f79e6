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

# ===== DATA (nl6) =====
def build():
    # ---------------- bounces ----------------
    emit('b01_gmail_nl_adres_niet_gevonden.eml', 'bounce_hard', 'GM1950', 'Gmail DSN localised in Dutch, 550 5.1.1 user unknown, only returned headers',
         gmail_dsn('b01', 'GM1950', '+1m', kind='nosuchuser', lang='nl', returned='headers',
                   response='550 5.1.1 <gemeente@westerwolde.nl>... User unknown'))
    emit('b02_gmail_blocked_banned_ip.eml', 'bounce_hard', 'GM0184', 'Gmail DSN "Message blocked": Exchange Online 550 5.7.606 banned sending IP',
         gmail_dsn('b02', 'GM0184', '+0m', kind='policy',
                   response='550 5.7.606 Access denied, banned sending IP [209.85.128.47]. To request removal from this list\n'
                            'please visit https://sender.office.com/ and follow the directions. For more information please go to\n'
                            'http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [AM4PEPF00027A5F.eurprd04.prod.protection.outlook.com]'))
    emit('b03_exim_no_such_user.eml', 'bounce_hard', 'GM0060', 'Exim permanent failure, 550 5.1.1 no such user',
         exim_bounce('b03', 'GM0060', '+2m', 'mx1.ameland.nl',
                     diag='host mail.ameland.nl [195.8.210.44]\n    SMTP error from remote mail server after RCPT TO:<info@ameland.nl>:\n    550 5.1.1 <info@ameland.nl>: No such user here'))
    emit('b04_o365_onbestelbaar_toegang_geweigerd.eml', 'bounce_hard', 'GM1730', 'Exchange Online NDR Dutch, 550 5.4.1 access denied (directory based edge blocking)',
         o365_ndr('b04', 'GM1730', '+1m', lang='nl',
                  diag='550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM2PEPF0001C70F.eurprd05.prod.outlook.com]',
                  server='AM2PEPF0001C70F.eurprd05.prod.outlook.com',
                  reason='De organisatie van de ontvanger heeft uw bericht geweigerd. Het e-mailadres bestaat niet of accepteert geen berichten van buiten de organisatie.'))
    emit('b05_gmail_delay_greylisted.eml', 'bounce_soft', 'GM1728', 'Gmail DSN (Delay): 450 4.2.0 greylisted, Gmail keeps retrying',
         gmail_dsn('b05', 'GM1728', '+5h', kind='delay',
                   response='450 4.2.0 <info@bladel.nl>: Recipient address rejected: Greylisted, see\n'
                            'http://postgrey.schweikert.ch/help/bladel.nl.html'))
    emit('b06_postfix_delayed_timeout.eml', 'bounce_soft', 'GM1955', 'Postfix "Delayed Mail (still being retried)": connection timed out, 4.4.1',
         postfix_bounce('b06', 'GM1955', '+4h', 'mailgw.montferland.info', status='4.4.1', delayed=True,
                        diag='connect to mail.montferland.info[93.191.134.20]:25: Connection timed out',
                        remote='mail.montferland.info[93.191.134.20]'))

    # ---------------- auto replies ----------------
    emit('a01_exchange_verlof.eml', 'auto_reply', 'GM0361', 'Exchange automatic reply: on maternity leave until February',
         autoreply('a01', 'GM0361', ('Merel Schouten', 'm.schouten@alkmaar.nl'), '2026-09-15 10:44',
                   'Beste afzender,\n\nIk ben met zwangerschapsverlof tot 1 februari 2027 en lees mijn e-mail niet. '
                   'Uw bericht wordt niet doorgestuurd.\n\nVoor algemene vragen kunt u bellen met 14 072.\n\n'
                   'Met vriendelijke groet,\nMerel Schouten\n'))
    emit('a02_automatische_antwort_de.eml', 'auto_reply', 'GM0907', 'German Exchange automatic reply (Automatische Antwort), bilingual',
         autoreply('a02', 'GM0907', ('Jürgen Weyers', 'j.weyers@gennep.nl'), '2026-09-16 09:21',
                   'Vielen Dank für Ihre E-Mail. Ich bin bis zum 28. September nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n\n'
                   'Bedankt voor uw e-mail. Tot en met 28 september ben ik niet op kantoor.\n\n'
                   'Mit freundlichen Grüßen / Met vriendelijke groet\nJürgen Weyers\n', subj_prefix='Automatische Antwort: '))
    emit('a03_out_of_office_en.eml', 'auto_reply', 'GM0362', 'English "Out of Office:" reply, plain text, no HTML',
         autoreply('a03', 'GM0362', ('Priya Raman', 'p.raman@amstelveen.nl'), '2026-09-17 14:06',
                   'Hello,\n\nI am currently on annual leave, returning on Tuesday 29 September. I will have limited access to email.\n'
                   'If your message is urgent, please call the municipality on 14 020.\n\nRegards,\nPriya Raman\n',
                   subj_prefix='Out of Office: ', html=False))
    emit('a04_afwezig_precedence_bulk.eml', 'auto_reply', 'GM0794', 'Non-Exchange autoresponder (X-Autorespond, Precedence: bulk): part-time, not in today',
         autoreply('a04', 'GM0794', ('Marloes Verhagen', 'm.verhagen@helmond.nl'), '2026-09-18 08:02',
                   'Goedemorgen,\n\nVandaag ben ik niet aanwezig. Op maandag, dinsdag en donderdag ben ik bereikbaar.\n\n'
                   'Met vriendelijke groet,\nMarloes Verhagen\n', subj_prefix='Afwezigheidsmelding: ', kind='generic', html=False,
                   charset='iso-8859-1', extra=['X-Autorespond: Afwezigheidsmelding', 'Precedence: bulk',
                                                 'Auto-Submitted: auto-replied']))
    emit('a05_exchange_ooo_reminder.eml', 'auto_reply', 'GM0439', 'Exchange out-of-office in reply to the reminder (autumn holiday)',
         autoreply('a05', 'GM0439', ('Tom Blokker', 't.blokker@purmerend.nl'), '2026-10-05 09:12',
                   'Goedendag,\n\nIn verband met de herfstvakantie ben ik afwezig tot en met vrijdag 16 oktober.\n'
                   'Na mijn terugkomst lees ik uw bericht.\n\nMet vriendelijke groet,\nTom Blokker\n', irt='reminder'))
    emit('a06_ooo_from_postmaster_address.eml', 'auto_reply', 'GM1963', 'Out-of-office sent from a postmaster address (looks like a bounce, is not): griffie closed for a week',
         autoreply('a06', 'GM1963', ('postmaster', 'postmaster@gemeentehw.nl'), '2026-09-29 07:55',
                   'De griffie van de gemeente Hoeksche Waard is gesloten van maandag 28 september tot en met vrijdag 2 oktober. '
                   'Vanaf maandag 5 oktober zijn wij weer bereikbaar.\n\nGriffie Hoeksche Waard\n'))

    # ---------------- acknowledged ----------------
    emit('k01_eindhoven_zaaknummer_b64.eml', 'acknowledged', 'GM0772', 'Automatic receipt with zaaknummer, base64 utf-8 text+html',
         human('k01', 'GM0772', ('Gemeente Eindhoven', 'noreply@eindhoven.nl'), '2026-09-16 09:03',
               'Beste afzender,\n\nWij hebben uw e-mail ontvangen. Uw bericht is geregistreerd onder zaaknummer 2026-E-331907 '
               'en doorgezet naar de behandelend afdeling. Houd dit nummer bij de hand als u contact met ons opneemt.\n\n'
               'Met vriendelijke groet,\n\nGemeente Eindhoven\n\nDit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.\n',
               style='owa', subj='Ontvangstbevestiging – zaaknummer 2026-E-331907', quote=None, cte='base64',
               extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All']))
    emit('k02_kcc_nissewaard.eml', 'acknowledged', 'GM1930', 'KCC employee: received, the right department will contact you within 5 working days',
         human('k02', 'GM1930', ('Klantcontact Nissewaard', 'gemeente@nissewaard.nl'), '2026-09-17 13:29',
               'Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail. Wij hebben deze ontvangen en bij de juiste afdeling '
               'neergelegd. U hoort binnen vijf werkdagen van ons.\n\nMet vriendelijke groet,\n\nKevin Mol\nKlantcontactcentrum\n'
               'Gemeente Nissewaard | Raadhuisplein 1 | Spijkenisse\n\nBezoek onze website: www.nissewaard.nl\n',
               style='outlook', quote='full'))
    emit('k03_heusden_goed_ontvangen_apple.eml', 'acknowledged', 'GM0797', 'Very short "Goed ontvangen" from iPhone, quoted with >',
         human('k03', 'GM0797', ('Griffie Heusden', 'griffie@heusden.nl'), '2026-09-18 17:12',
               'Goed ontvangen.\n\nVerstuurd vanaf mijn iPhone\n', style='apple', quote='short'))
    emit('k04_schiermonnikoog_na_vakantie.eml', 'acknowledged', 'GM0088', 'Thanks, will discuss with the griffier after holiday; no action yet',
         human('k04', 'GM0088', ('Hilde Visser', 'h.visser@schiermonnikoog.nl'), '2026-09-21 11:50',
               'Geachte heer/mevrouw,\n\nDank voor uw bericht. Ik bespreek het met onze griffier zodra hij terug is van vakantie, '
               'en dan hoort u van ons.\n\nMet vriendelijke groet,\n\nHilde Visser\nBestuurssecretariaat\nGemeente Schiermonnikoog\n',
               style='outlook', quote='short'))
    emit('k05_hilversum_decos_kenmerk_reminder.eml', 'acknowledged', 'GM0402', 'Document system receipt with kenmerk, in reply to the reminder',
         human('k05', 'GM0402', ('Gemeente Hilversum', 'noreply-dms@hilversum.nl'), '2026-10-01 10:15',
               'Geachte heer/mevrouw,\n\nUw bericht van 1 oktober 2026 is ontvangen en geregistreerd onder kenmerk HIL-26-021774. '
               'Het is in behandeling genomen door de griffie.\n\nMet vriendelijke groet,\n\nGemeente Hilversum\n',
               style='plain', irt='reminder', quote=None, subj='Uw bericht is ontvangen - kenmerk HIL-26-021774',
               extra=['Auto-Submitted: auto-generated', 'Precedence: bulk']))
    emit('k06_kampen_receipt_quotes_letter.eml', 'acknowledged', 'GM0166', 'Receipt with zaak number in the subject; quoted letter names Kampen among municipalities that adopted motions in 2025',
         human('k06', 'GM0166', ('Gemeente Kampen', 'info@kampen.nl'), '2026-09-17 08:40',
               'Geachte heer/mevrouw,\n\nWij bevestigen de ontvangst van uw e-mail. Uw bericht is geregistreerd en wordt zo spoedig '
               'mogelijk in behandeling genomen.\n\nMet vriendelijke groet,\n\nGemeente Kampen\n',
               style='owa', subj='[Zaak 2026-44120] RE: ' + subject_of('GM0166'), quote='full'))
    emit('k07_weert_latin1_disclaimer.eml', 'acknowledged', 'GM0988', 'Top-posted acknowledgement, latin-1, long disclaimer and website line',
         human('k07', 'GM0988', ('Raadsgriffie Weert', 'raadsgriffie@weert.nl'), '2026-09-22 14:33',
               'Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail, die wij in goede orde hebben ontvangen. Wij bekijken hoe wij '
               'hiermee verder gaan en informeren u daarover.\n\n'
               + sig_griffie('Rianne Geraedts', 'Griffiemedewerker', 'Weert', 'Wilhelminasingel 101', 'Postbus 950 | 6000 AZ Weert',
                             '0495 575 000', 'www.weert.nl', extra_line='Volg ons ook op social media'),
               style='outlook', quote='full', charset='iso-8859-1'))

    # ---------------- forwarded ----------------
    emit('f01_coevorden_doorgezet_raadsleden.eml', 'forwarded', 'GM0109', 'Mail passed on to all council members',
         human('f01', 'GM0109', ('Griffie Coevorden', 'griffie@coevorden.nl'), '2026-09-16 15:05',
               'Geachte heer/mevrouw,\n\nUw mail is doorgezet naar alle raadsleden van de gemeente Coevorden, inclusief de '
               'fractievoorzitters.\n\nMet vriendelijke groet,\n\nGriffie Coevorden\n', style='outlook', quote='full'))
    emit('f02_leusden_forward_plus_question.eml', 'forwarded', 'GM0327', 'Forwarded to group leaders, plus a question whether they could explain it in committee (forward is the more advanced step)',
         human('f02', 'GM0327', ('Esther van Ravenhorst', 'e.vanravenhorst@leusden.nl'), '2026-09-18 10:48',
               'Beste KinderpardonNU,\n\nWij hebben uw mail doorgestuurd naar de fractievoorzitters. Zou u eventueel bereid zijn '
               'om in een commissievergadering een korte toelichting te geven als een fractie daarom vraagt?\n\n'
               'Met vriendelijke groet,\n\nEsther van Ravenhorst\nGriffie Leusden\n', style='owa', quote='short'))
    emit('f03_maasgouw_lijst_ingekomen_stukken.eml', 'forwarded', 'GM1641', 'Placed on the list of ingekomen stukken "ter kennisname" for 20 October',
         human('f03', 'GM1641', ('Griffie Maasgouw', 'griffie@gemeentemaasgouw.nl'), '2026-09-30 11:19',
               'Geachte heer/mevrouw,\n\nUw brief is op de lijst van ingekomen stukken voor de raadsvergadering van 20 oktober '
               'geplaatst, met het voorstel deze voor kennisgeving aan te nemen.\n\nMet vriendelijke groet,\n\nGriffie gemeente Maasgouw\n',
               style='outlook', quote='short'))
    emit('f04_voorne_aan_zee_doorgestuurd.eml', 'forwarded', 'GM1992', 'Griffie (OWA, no quote): forwarded to the fractievoorzitters',
         human('f04', 'GM1992', ('Griffie Voorne aan Zee', 'griffie@voorneaanzee.nl'), '2026-09-21 09:37',
               'Goedemorgen,\n\nWij hebben uw bericht doorgestuurd naar de fractievoorzitters van de gemeenteraad van Voorne aan Zee.\n\n'
               'Met vriendelijke groet,\n\nGriffie Voorne aan Zee\n', style='owa', quote=None))
    emit('f05_eemnes_signature_baarn.eml', 'forwarded', 'GM0317', 'Forwarded; the griffier is called Jan Baarn (neighbouring municipality name as surname)',
         human('f05', 'GM0317', ('Jan Baarn', 'j.baarn@eemnes.nl'), '2026-09-17 16:20',
               'Geachte heer/mevrouw,\n\nDank voor uw bericht. Ik heb het vandaag doorgestuurd aan de fractievoorzitters.\n\n'
               'Met vriendelijke groet,\n\nJan Baarn\nGriffier\nGemeente Eemnes | Torenzicht 1\n', style='outlook', quote='short'))
    emit('f06_tiel_gedeeld_met_raadsleden.eml', 'forwarded', 'GM0281', 'Group leader says he shared it with the council members (gmail)',
         human('f06', 'GM0281', ('Wouter Langen', 'wouterlangen@gmail.com'), '2026-09-25 20:15',
               'Hallo KinderpardonNU,\n\nIk heb jullie mail gedeeld met de andere raadsleden, ook buiten mijn eigen fractie. '
               'Of er een motie komt weet ik nog niet.\n\nGroet,\nWouter Langen\nfractievoorzitter SP Tiel\n',
               style='gmail', quote='full'))
    emit('f07_terneuzen_html_only_latin1_b64.eml', 'forwarded', 'GM0715', 'HTML-only base64 latin-1: brought to the attention of the council',
         human('f07', 'GM0715', ('Gemeente Terneuzen', 'gemeente@terneuzen.nl'), '2026-09-23 12:00',
               'Geachte heer/mevrouw,\n\nUw e-mail is ter kennis gebracht van de gemeenteraad. Alle fracties hebben uw bericht en de '
               'voorbeeldmotie ontvangen.\n\nMet vriendelijke groet,\n\nGriffie Terneuzen',
               style='html_only', quote=None, charset='iso-8859-1', cte='base64'))

    # ---------------- motion planned ----------------
    emit('p01_heiloo_neighbour_alkmaar_adopted.eml', 'motion_planned', 'GM0399', 'Neighbouring Alkmaar already adopted; in Heiloo a motion is coming in January',
         human('p01', 'GM0399', ('Joost Kramer', 'joost.kramer@groenlinks-pvda.nl'), '2026-11-19 21:30',
               'Beste KinderpardonNU,\n\nIn Alkmaar is de motie vorige week aangenomen, mooi resultaat! Bij ons in Heiloo komt hij '
               'in januari: we hebben de tekst klaar en dienen hem in bij de eerste raadsvergadering van het nieuwe jaar.\n\n'
               'Hartelijke groet,\nJoost Kramer\nGroenLinks-PvdA Heiloo\n', style='gmail', quote='short'))
    emit('p02_ermelo_cu_new_mail_ziggo.eml', 'motion_planned', 'GM0233', 'New mail from ziggo, no In-Reply-To, municipality only in signature: will submit the motion on 26 November',
         human('p02', 'GM0233', ('Marten de Vries', 'mdevries1970@ziggo.nl'), '2026-10-28 19:04',
               'Beste mensen,\n\nDank voor jullie voorbeeldmotie. Wij gaan een motie indienen in de raadsvergadering van 26 november. '
               'Ik stuur jullie de definitieve tekst als hij klaar is.\n\nMet vriendelijke groet,\n\nMarten de Vries\n'
               'fractievoorzitter ChristenUnie Ermelo\n', style='thunderbird', subj='voorbeeldmotie gewortelde kinderen', irt=None, quote=None))
    emit('p03_sittard_geleen_schrijven.eml', 'motion_planned', 'GM1883', 'Writing a motion together with PvdA, expected in December',
         human('p03', 'GM1883', ('Lieke Coenen', 'lieke.coenen@d66.nl'), '2026-10-16 13:10',
               'Beste KinderpardonNU,\n\nSamen met de PvdA zijn we een motie aan het schrijven die grotendeels op jullie voorbeeld is '
               'gebaseerd. We verwachten die in de raadsvergadering van december in te dienen.\n\nGroet,\nLieke Coenen\n'
               'D66 Sittard-Geleen\n', style='owa', quote='short'))
    emit('p04_kapelle_tagged_address.eml', 'motion_planned', 'GM0678', 'Sent To the tagged reply address, no In-Reply-To, no name in text: intends to submit at next meeting',
         human('p04', 'GM0678', ('Kees Dieleman', 'kees.dieleman@gmail.com'), '2026-10-09 08:44',
               'Goedemorgen,\n\nOns voornemen is om bij de volgende raadsvergadering een motie in te dienen, op basis van jullie voorbeeld. '
               'Ik houd jullie op de hoogte.\n\nKees Dieleman\nfractievoorzitter\n',
               style='gmail', subj='Voorbeeldmotie', to=MUNI['GM0678']['tagged_reply_address'], irt=None, quote=None))

    # ---------------- motion submitted ----------------
    emit('s01_lelystad_ingediend_commissie.eml', 'motion_submitted', 'GM0995', 'Motion submitted; treated in committee on 3 November',
         human('s01', 'GM0995', ('Bianca Veenstra', 'b.veenstra@groenlinks-pvda.nl'), '2026-10-27 16:22',
               'Hoi allemaal,\n\nDe motie is ingediend! Hij wordt op 3 november in de commissie besproken en daarna in de raad.\n\n'
               'Groetjes,\nBianca Veenstra\nGroenLinks-PvdA Lelystad\n', style='gmail', quote='short'))
    emit('s02_vlissingen_aangehouden.eml', 'motion_submitted', 'GM0718', 'Motion held over at the request of the alderman',
         human('s02', 'GM0718', ('Pieter Louwerse', 'p.louwerse@cda.nl'), '2026-11-06 09:55',
               'Geachte KinderpardonNU,\n\nOp verzoek van de wethouder hebben wij onze motie gisteren aangehouden. Het college '
               'komt in januari met een notitie over de opvang van kinderen, en daarna brengen wij de motie opnieuw in stemming.\n\n'
               'Met vriendelijke groet,\nPieter Louwerse\nCDA Vlissingen\n', style='outlook', quote='short'))
    emit('s03_oisterwijk_staken.eml', 'motion_submitted', 'GM0824', 'Tied vote 10-10; vote will be repeated in the next meeting',
         human('s03', 'GM0824', ('Griffie Oisterwijk', 'griffie@oisterwijk.nl'), '2026-11-18 11:40',
               'Geachte heer/mevrouw,\n\nBij de stemming over de motie \'Pleidooi voor gewortelde kinderen\' staakten de stemmen '
               '(10 voor, 10 tegen). Conform het reglement van orde wordt de stemming in de eerstvolgende raadsvergadering herhaald.\n\n'
               'Met vriendelijke groet,\n\nGriffie Oisterwijk\n', style='outlook', quote='short'))
    emit('s04_goirle_stemming_uitgesteld.eml', 'motion_submitted', 'GM0785', 'Vote on the submitted motion postponed until after Christmas recess',
         human('s04', 'GM0785', ('Sophie Martens', 'sophie.martens@lokaalgoirle.nl'), '2026-11-25 22:10',
               'Beste mensen,\n\nOnze motie is ingediend, maar de stemming is uitgesteld tot na het kerstreces omdat de '
               'vergadering uitliep.\n\nGroet,\nSophie Martens\n', style='apple', quote='short'))
    emit('s05_delft_english_expat_on_agenda.eml', 'motion_submitted', 'GM0503', 'English reply by an expat council member: submitted, on the agenda for 3 December',
         human('s05', 'GM0503', ('Daniel Okafor', 'daniel.okafor@voltnederland.org'), '2026-11-20 18:30',
               'Hi KinderpardonNU,\n\nQuick update from Delft: we submitted the motion yesterday together with two other parties, '
               'and it is on the agenda of the council meeting of 3 December.\n\nCheers,\nDaniel Okafor\nVolt, city council Delft\n',
               style='gmail', quote='short', lang='en', quoted_to='griffie@delft.nl'))

    # ---------------- motion adopted ----------------
    emit('d01_leeuwarden_30_9.eml', 'motion_adopted', 'GM0080', 'Griffie: adopted with 30 votes for and 9 against',
         human('d01', 'GM0080', ('Griffie Leeuwarden', 'griffie@leeuwarden.nl'), '2026-11-05 10:02',
               'Geachte heer/mevrouw,\n\nIn de raadsvergadering van 4 november is de motie over gewortelde kinderen aangenomen '
               'met 30 stemmen voor en 9 tegen.\n\nMet vriendelijke groet,\n\nGriffie Leeuwarden\n', style='outlook', quote='short'))
    emit('d02_arnhem_d66_aangenomen.eml', 'motion_adopted', 'GM0202', 'Party (D66) reply: adopted; municipality has no general address in the list',
         human('d02', 'GM0202', ('Ruben Hol', 'ruben.hol@d66.nl'), '2026-11-12 23:45',
               'Beste KinderpardonNU,\n\nVanavond is in Arnhem onze motie aangenomen. Bedankt voor de voorbeeldtekst!\n\n'
               'Ruben Hol\nD66 Arnhem\n', style='gmail', quote=None))
    emit('d03_meppel_gewijzigd_aangenomen.eml', 'motion_adopted', 'GM0119', 'Council member (kpn): adopted after a small amendment',
         human('d03', 'GM0119', ('Gerda Lubbers', 'g.lubbers@kpnmail.nl'), '2026-11-13 07:48',
               'Goedemorgen,\n\nDe raad van Meppel heeft de motie gisteravond, na een kleine wijziging, aangenomen. '
               'Alleen de VVD stemde tegen.\n\nHartelijke groet,\nGerda Lubbers\nraadslid PvdA\n', style='thunderbird', quote='short'))
    emit('d04_haarlem_owa_m12.eml', 'motion_adopted', 'GM0392', 'Griffie OWA: motion M12 adopted',
         human('d04', 'GM0392', ('Raadsgriffie Haarlem', 'griffie@haarlem.nl'), '2026-11-27 15:16',
               'Geachte heer/mevrouw,\n\nTer informatie: motie M12 \'Gewortelde kinderen\' is in de raadsvergadering van '
               '26 november aangenomen. De tekst staat op het raadsinformatiesysteem.\n\nMet vriendelijke groet,\n\n'
               'Raadsgriffie Haarlem\n', style='owa', quote='short'))

    # ---------------- motion rejected ----------------
    emit('r01_hardenberg_12_19.eml', 'motion_rejected', 'GM0160', 'Vote count sentence: rejected with 12 for and 19 against',
         human('r01', 'GM0160', ('Anja Scholten', 'a.scholten@groenlinks-pvda.nl'), '2026-11-11 22:25',
               'Beste KinderpardonNU,\n\nJammer genoeg is onze motie vanavond met 12 stemmen voor en 19 tegen verworpen.\n\n'
               'Met vriendelijke groet,\nAnja Scholten\nGroenLinks-PvdA Hardenberg\n', style='gmail', quote='short'))
    emit('r02_krimpenerwaard_only_in_reply_to.eml', 'motion_rejected', 'GM1931', 'hotmail reply, edited subject, no quote, no name: only In-Reply-To identifies it; rejected 11-14',
         human('r02', 'GM1931', ('Jeroen', 'jeroen_vd_heuvel@hotmail.com'), '2026-11-26 23:05',
               'Helaas, de motie is vanavond verworpen. 11 voor, 14 tegen.\n\nJeroen\n',
               style='owa', subj='RE: jullie mail', quote=None))

    # ---------------- declined ----------------
    emit('c01_bunschoten_courteous_refusal.eml', 'declined', 'GM0313', 'Courteous thanks, then: no position on national asylum policy, will not forward',
         human('c01', 'GM0313', ('Gemeente Bunschoten', 'info@bunschoten.nl'), '2026-09-22 10:30',
               'Geachte heer/mevrouw,\n\nDank u wel voor uw e-mail. De gemeenteraad van Bunschoten neemt geen standpunt in over het '
               'landelijke asielbeleid. Wij sturen uw e-mail daarom niet door aan de fracties.\n\nMet vriendelijke groet,\n\n'
               'Gemeente Bunschoten\n', style='outlook', quote='short', quoted_to='info@bunschoten.nl'))
    emit('c02_molenlanden_niet_verspreiden.eml', 'declined', 'GM1978', 'Short refusal: we will not distribute your letter',
         human('c02', 'GM1978', ('Griffie Molenlanden', 'griffie@molenlanden.nl'), '2026-09-24 14:12',
               'Geachte heer/mevrouw,\n\nWij zullen uw brief niet verspreiden onder de raadsleden.\n\nMet vriendelijke groet,\n\n'
               'Griffie Molenlanden\n', style='owa', quote='full'))
    emit('c03_reimerswaal_geen_externe_verzoeken.eml', 'declined', 'GM0703', 'Griffie does not forward requests from outside organisations; you may contact members yourself',
         human('c03', 'GM0703', ('Griffie Reimerswaal', 'griffie@reimerswaal.nl'), '2026-09-28 09:08',
               'Geachte heer/mevrouw,\n\nDe griffie stuurt verzoeken van externe organisaties niet door aan de raad of de fracties. '
               'Het staat u uiteraard vrij om de raadsleden zelf te benaderen; hun gegevens vindt u op onze website.\n\n'
               'Met vriendelijke groet,\n\nGriffie gemeente Reimerswaal\n', style='outlook', quote='short'))

    # ---------------- redirect ----------------
    emit('x01_borne_auto_address_changed.eml', 'redirect', 'GM0147', 'Automatic: info@ no longer read since 1 September, use griffie@ for the council',
         autoreply('x01', 'GM0147', ('Gemeente Borne', 'info@borne.nl'), '2026-09-14 09:33',
                   'Let op: dit e-mailadres wordt sinds 1 september 2026 niet meer gelezen.\n\nVoor vragen aan de gemeente gebruikt u '
                   'het contactformulier op www.borne.nl. Berichten voor de gemeenteraad kunt u sturen naar griffie@borne.nl.\n\n'
                   'Gemeente Borne\n'))

    # ---------------- opt out ----------------
    emit('o01_zandvoort_afmelden.eml', 'opt_out', 'GM0473', 'Reply to the reminder: please unsubscribe us from further mailings',
         human('o01', 'GM0473', ('Gemeente Zandvoort', 'info@zandvoort.nl'), '2026-10-01 15:40',
               'Goedemiddag,\n\nGraag afmelden voor verdere mailings van uw organisatie op dit adres.\n\nMet vriendelijke groet,\n\n'
               'Gemeente Zandvoort\n', style='owa', irt='reminder', quote='short'))

    # ---------------- question ----------------
    emit('q01_veere_inspreken_vraag.eml', 'question', 'GM0717', 'Council member asks whether they can speak in committee and whether a Zeeland municipality adopted it',
         human('q01', 'GM0717', ('Ellen Dekker', 'ellen.dekker@pvda.nl'), '2026-10-07 12:25',
               'Beste KinderpardonNU,\n\nIk ben raadslid in Veere. Twee vragen: zouden jullie willen inspreken in onze commissie '
               'Bestuur als we het onderwerp agenderen? En weten jullie of de motie al in een Zeeuwse gemeente is aangenomen?\n\n'
               'Alvast bedankt,\nEllen Dekker\n', style='gmail', quote='short'))

    # ---------------- other ----------------
    emit('z01_linkedin_notification.eml', 'other', '', 'LinkedIn notification (invitations), List-Unsubscribe',
         '\n'.join([recv_gmail(D('2026-10-20 06:12'), 'mail-b.linkedin.com', '108.174.0.215').rstrip('\n'),
                    'From: LinkedIn <invitations@linkedin.com>',
                    'To: KinderpardonNU <kinderpardonnu@gmail.com>',
                    hdr('Subject', 'KinderpardonNU, je hebt 3 nieuwe uitnodigingen'),
                    'Date: ' + rfcdate(D('2026-10-20 06:12')),
                    'Message-ID: <%s.%s@ltx1-app4119.prod.linkedin.com>' % (H('z01', 10), H('z01b', 8)),
                    'List-Unsubscribe: <https://www.linkedin.com/e/v2/unsubscribe?lipi=%s>' % H('z01u', 20),
                    'Precedence: bulk',
                    'X-LinkedIn-Class: INVITATION-REMINDER',
                    'MIME-Version: 1.0',
                    multipart('alternative', [
                        leaf('text/plain', 'Je hebt 3 nieuwe uitnodigingen\n\nAnnelies de Groot, Beleidsadviseur sociaal domein\n'
                             'Bekijk uitnodiging: https://www.linkedin.com/comm/mynetwork/invite-connect/\n\n'
                             'Je ontvangt herinneringen over uitnodigingen. Afmelden: https://www.linkedin.com/e/v2/unsubscribe\n'
                             '© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n'),
                        leaf('text/html', '<html><body><h2>Je hebt 3 nieuwe uitnodigingen</h2><p>Annelies de Groot, Beleidsadviseur '
                             'sociaal domein</p><p><a href="https://www.linkedin.com/comm/mynetwork/invite-connect/">Bekijk</a></p></body></html>\n')],
                        '----=_Part_%s' % H('z01p', 14))]))
    emit('z02_wormerland_vague_reply.eml', 'other', 'GM0880', 'Vague reply with only a question mark and signature; no recognisable meaning',
         human('z02', 'GM0880', ('Nicole Schipper', 'n.schipper@wormerland.nl'), '2026-09-29 13:58',
               '?\n\nNicole Schipper\nGemeente Wormerland\n', style='outlook', quote='short'))
    emit('z03_phishing_bezorging_mislukt_nl.eml', 'other', '', 'Dutch phishing imitating a delivery failure with a link; no delivery report',
         '\n'.join([recv_gmail(D('2026-11-03 02:40'), 'srv01.mailing-eu-cloud.xyz', '45.137.21.9').rstrip('\n'),
                    'From: "Mail Delivery Subsystem" <mailer-daemon@gmaii-support.com>',
                    'To: kinderpardonnu@gmail.com',
                    hdr('Subject', 'Bezorging mislukt: 4 berichten konden niet worden afgeleverd'),
                    'Date: ' + rfcdate(D('2026-11-03 02:40')),
                    'Message-ID: <%s@gmaii-support.com>' % H('z03', 18),
                    'MIME-Version: 1.0',
                    'Content-Type: text/html; charset="iso-8859-1"',
                    'Content-Transfer-Encoding: quoted-printable', '',
                    quopri.encodestring(('<html><body><p>Beste gebruiker,</p><p>4 inkomende berichten konden niet worden '
                                         'afgeleverd omdat uw opslagruimte vol is. Uw berichten worden na 48 uur verwijderd.</p>'
                                         '<p><a href="https://gmaii-support.com/herstel?id=kinderpardonnu">Berichten vrijgeven</a></p>'
                                         '<p>Met vriendelijke groet,<br>Mail Delivery Subsystem</p></body></html>').encode('iso-8859-1')).decode()]) + '\n')


build()
write_labels()
print('written', len(ROWS), 'messages to', HERE)
