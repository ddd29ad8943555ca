import type { Lexicon } from './types.js';

/**
 * Portuguese (Brazil and Portugal). A bare "estorno" is not a chargeback: Brazilian buyers use it
 * for the merchant's refund to their card ("cadê meu estorno?"); only with the bank or card
 * issuer ("estorno pelo banco", "contestar a compra no cartão") is it one.
 */
export const pt: Lexicon = {
  risk: {
    chargeback: [
      'contestar a compra', 'contestar a cobrança', 'contestar no cartão', 'contestar no banco', 'contestação no cartão',
      'contestação da compra', 'contestação junto ao banco', 'estorno pelo banco', 'estorno pela operadora',
      'estorno junto ao banco', 'estorno com o banco', 'estorno via banco', 'pedir o estorno ao banco',
      'pedir estorno à operadora', 'pedir o estorno à operadora', 'pedir estorno ao banco', 'estorno no banco',
      'ligar para o banco', 'ligar pro banco', 'vou acionar o banco', 'acionar o banco', 'acionar a operadora',
      'acionar o cartão', 'cancelar a compra no cartão', 'reclamar ao banco', 'pedir ao banco', 'anular o pagamento',
      'devolução pelo banco', 'chargeback',
    ],
    payment_dispute: [
      'disputa*', 'abrir disputa', 'abri uma disputa', 'abrir uma disputa', 'reclamação no paypal', 'reclamação paypal',
      'reclamação ao paypal', 'abrir reclamação no paypal', 'caso no paypal', 'abrir um caso', 'centro de resoluções',
      'contestação no paypal', 'contestar no paypal', 'reclamação no mercado pago', 'abrir mediação', 'mediação no mercado livre',
      'mediação', 'litígio',
    ],
    atoz_claim: [
      'garantia de a a z', 'garantia de a à z', 'garantia a-z', 'garantia da amazon', 'reclamação a-z',
      'reclamação de a a z', 'reclamação na amazon', 'reclamar na amazon', 'reclamar com a amazon', 'reclamar para a amazon',
      'abrir reclamação na amazon',
    ],
    legal_threat: [
      'advogado*', 'advogada*', 'processar vocês', 'processar a loja', 'processar a empresa', 'vou processar', 'vou processá-los',
      'abrir um processo', 'entrar com um processo', 'entrar com processo', 'processo judicial', 'ação judicial',
      'na justiça', 'entrar na justiça', 'juizado*', 'pequenas causas', 'procon', 'reclame aqui', 'consumidor.gov*',
      'consumidor gov', 'código de defesa do consumidor', 'defesa do consumidor', 'direitos do consumidor',
      'boletim de ocorrência', 'fazer um bo', 'registrar um bo', 'polícia', 'delegacia', 'denúncia', 'denunciar', 'vou denunciar',
      'medidas judiciais', 'medidas legais', 'tribunal', 'asae', 'deco proteste', 'livro de reclamações',
      'julgado de paz', 'ministério público',
    ],
    scam_accusation: [
      'golpe*', 'golpista*', 'fraude*', 'fraudulent*', 'ladrão', 'ladrões', 'ladra', 'é um roubo', 'um roubo', 'me roubaram',
      'roubando', 'picareta*', 'picaretagem', 'enganação', 'enganado*', 'enganada*', 'site falso', 'loja falsa', 'loja fake',
      'site fake', 'vigarista*', 'vigarice', 'burla*', 'burlões', 'burlado*', 'aldrabões', 'aldrabice', 'aldrabão',
      'caloteiro*', 'calote', 'trambiqueiro*', 'safado*', 'sem vergonha', 'bandidos',
    ],
    bad_review_threat: [
      'avaliação negativa', 'avaliação ruim', 'má avaliação', 'péssima avaliação', 'avaliar mal', 'review negativo',
      'comentário negativo', 'nota baixa', 'uma estrela', '1 estrela', 'zero estrelas', 'reclame aqui', 'redes sociais',
      'nas redes', 'expor vocês', 'vou expor', 'expor a loja', 'alertar os outros', 'avisar todo mundo', 'avisar os outros',
      'alertar todo mundo', 'má publicidade', 'opinião negativa', 'feedback negativo', 'qualificação negativa',
    ],
    repeated_contact: [
      'já mandei mensagem', 'já mandei', 'já enviei', 'já escrevi', 'já entrei em contato', 'já perguntei', 'já falei',
      'já reclamei', 'já contactei', 'já vos escrevi', 'terceira vez que', 'pela terceira vez', 'segunda vez que',
      'pela segunda vez', 'quarta vez', 'já várias vezes', 'já muitas vezes', 'escrevi várias vezes', 'perguntei várias vezes',
      'mandei mensagem várias vezes', 'entrei em contato várias vezes', 'mil vezes', 'escrevendo de novo',
      'escrevo novamente', 'pergunto de novo', 'perguntando de novo', 'cobrando de novo', 'mais uma vez', 'sem resposta',
      'nenhuma resposta', 'ninguém responde', 'ninguém me responde', 'até agora nada', 'até agora nenhuma',
      'continuo sem resposta', 'continuo aguardando', 'ainda sem resposta', 'ainda não responderam', 'quantas vezes',
      'volto a escrever', 'volto a perguntar', 'volto a insistir', 'minha mensagem anterior', 'meu último e-mail',
    ],
  },
  neutral: ['golpe de ar', 'golpe de vista'],
  positive: [
    'muitíssimo obrigado', 'muitíssimo obrigada', 'ótimo', 'ótima', 'excelente', 'perfeito', 'perfeita', 'maravilhoso',
    'maravilhosa', 'adorei', 'amei', 'gostei', 'gostei muito', 'top', 'show', 'show de bola', 'feliz', 'satisfeito',
    'satisfeita', 'contente', 'recomendo', 'super recomendo', 'incrível', 'parabéns', 'lindo', 'linda', 'muito bom',
    'muito boa', 'chegou certinho', 'tudo certo', 'nota 10', 'nota dez', 'impecável', 'sensacional', 'agradecido', 'agradecida',
  ],
  negative: [
    'ruim', 'péssimo', 'péssima', 'horrível', 'terrível', 'decepcionado', 'decepcionada', 'decepção', 'chateado',
    'chateada', 'irritado', 'irritada', 'com raiva', 'revoltado', 'revoltada', 'absurdo', 'um absurdo', 'inaceitável',
    'vergonha', 'uma vergonha', 'lixo', 'porcaria', 'merda', 'quebrado', 'quebrada', 'danificado', 'danificada',
    'com defeito', 'defeituoso', 'defeituosa', 'atraso', 'atrasado', 'atrasada', 'problema', 'problemas', 'pior', 'descaso',
    'desrespeito', 'falta de respeito', 'palhaçada', 'nunca mais', 'insatisfeito', 'insatisfeita', 'lamentável',
    'incompetentes', 'incompetência', 'farto', 'farta', 'indignado', 'indignada', 'raiva', 'decepcionante',
  ],
  negators: ['não', 'nunca', 'nem', 'sem', 'nada', 'nenhum', 'nenhuma', 'jamais'],
  intensifiers: [
    'muito', 'muita', 'totalmente', 'completamente', 'extremamente', 'tão', 'mega', 'realmente', 'bastante',
    'bem', 'demasiado',
  ],
  postIntensifiers: ['demais', 'pra caramba', 'pra caramba'],
  polite: ['obrigado', 'obrigada', 'obg', 'brigado', 'brigada', 'muito obrigado', 'muito obrigada', 'obrigado desde já', 'agradeço', 'grato', 'grata'],
};
