import { describe, expect, it } from 'vitest';

import { context, findings } from './guard.fixtures.js';

// Ordinary, correct replies — what agents send all day — must raise nothing, on Amazon or in the own shop.
const REPLIES: [language: string, text: string][] = [
  ['en', 'Hi Anna, thank you for your message and sorry for the delay. Your order #1042 left our warehouse on Monday and should reach you within 3-5 business days. If it has not arrived by next Friday, please let us know and we will look into it right away. Best regards'],
  ['en', 'We are sorry the kettle arrived damaged. Could you send us a photo of the box? Once we have it, we can send a replacement or refund you, whichever you prefer.'],
  ['de', 'Guten Tag Frau Weber, vielen Dank für Ihre Nachricht. Es tut uns leid, dass die Lieferung länger dauert. Ihr Paket ist laut DHL unterwegs und wird voraussichtlich in den nächsten Tagen zugestellt. Sobald die Rücksendung bei uns eingegangen ist, erstatten wir Ihnen den Kaufpreis.'],
  ['fr', "Bonjour, merci pour votre message. Nous sommes désolés pour ce désagrément. Votre colis a été expédié lundi et devrait arriver d'ici quelques jours. Si vous avez d'autres questions, n'hésitez pas à nous contacter."],
  ['es', 'Hola, gracias por escribirnos. Lamentamos las molestias. Su pedido ya fue enviado y debería llegar en los próximos días hábiles. Si tiene cualquier otra pregunta, estamos a su disposición.'],
  ['pt', 'Olá! Obrigado pelo contato e desculpe o transtorno. Seu pedido já foi enviado e deve chegar nos próximos dias úteis. Assim que recebermos a devolução, faremos o reembolso.'],
  ['it', 'Buongiorno, grazie per il suo messaggio. Ci scusiamo per il disagio. Il pacco è stato spedito e dovrebbe arrivare nei prossimi giorni lavorativi.'],
  ['nl', 'Beste klant, bedankt voor uw bericht. Excuses voor het ongemak. Uw pakket is onderweg en wordt naar verwachting binnen enkele werkdagen bezorgd.'],
  ['pl', 'Dzień dobry, dziękujemy za wiadomość i przepraszamy za opóźnienie. Paczka została wysłana i powinna dotrzeć w ciągu kilku dni roboczych.'],
  ['sv', 'Hej! Tack för ditt meddelande och förlåt förseningen. Paketet är skickat och beräknas komma fram inom några arbetsdagar.'],
  ['da', 'Hej, tak for din besked, og undskyld forsinkelsen. Pakken er sendt og forventes leveret inden for et par hverdage.'],
  ['no', 'Hei, takk for meldingen, og beklager forsinkelsen. Pakken er sendt og forventes levert innen noen virkedager.'],
  ['fi', 'Hei, kiitos viestistäsi ja pahoittelut viivästyksestä. Paketti on lähetetty ja sen arvioidaan saapuvan muutaman arkipäivän kuluessa.'],
  ['ru', 'Здравствуйте! Спасибо за обращение, приносим извинения за задержку. Посылка уже отправлена и, как правило, приходит в течение нескольких рабочих дней.'],
  ['tr', 'Merhaba, mesajınız için teşekkür ederiz, gecikme için özür dileriz. Kargonuz yola çıktı ve tahminen birkaç iş günü içinde elinize ulaşacaktır.'],
  ['ar', 'مرحباً، شكراً لتواصلك معنا ونعتذر عن التأخير. تم شحن طلبك ومن المتوقع أن يصل خلال أيام عمل قليلة.'],
  ['vi', 'Chào bạn, cảm ơn bạn đã liên hệ và xin lỗi vì sự chậm trễ. Đơn hàng đã được gửi đi và dự kiến sẽ đến trong vài ngày làm việc.'],
  ['id', 'Halo kak, terima kasih atas pesannya dan mohon maaf atas keterlambatannya. Paket sudah dikirim dan diperkirakan tiba dalam beberapa hari kerja.'],
  ['zh', '您好，感谢您的耐心等待，给您带来不便非常抱歉。您的包裹已经发出，预计3-5个工作日内送达。如有任何问题，请随时联系我们。'],
  ['ja', 'お問い合わせいただきありがとうございます。ご不便をおかけして申し訳ございません。商品は発送済みで、通常3〜5営業日でお届けの予定です。'],
  ['ko', '문의해 주셔서 감사합니다. 불편을 드려 죄송합니다. 상품은 이미 발송되었으며 보통 3~5 영업일 이내에 도착할 예정입니다.'],
];

describe('ordinary replies raise nothing', () => {
  it.each(REPLIES)('%s: %s', (language, text) => {
    expect(findings(text, language, context({ marketplace: 'amazon' }))).toEqual([]);
    expect(findings(text, language, context())).toEqual([]);
  });
});
